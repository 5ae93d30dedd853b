package cn.fazhi.analysis;

/** How a stated number relates to the true quantity (ANALYSIS.md §1). */
public enum Approx {
    /** Stated as is. */
    EXACT,
    /** 余 多 超过 逾 以上: the quantity is at least the number. */
    AT_LEAST,
    /** 不足 不到 近: the quantity is at most the number. */
    AT_MOST,
    /** 约 左右 大约: the quantity is about the number. */
    ABOUT
}
