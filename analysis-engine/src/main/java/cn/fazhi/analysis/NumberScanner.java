package cn.fazhi.analysis;

/**
 * Finds where a written number ends, in one pass and without regular expressions (the engine's
 * hot loop): 百分之百 / 百分百 / 百分之九十五点七; Arabic digits (full-width too) with {@code ,ddd}
 * groups, a decimal part and an optional 万 or 亿; a run of Chinese numeral characters.
 */
final class NumberScanner {

    private static final String CHINESE = "零〇一二两三四五六七八九十百千万亿";
    private static final String PERCENT_BODY = "零〇一二两三四五六七八九十百点";
    private static final CharTable CHINESE_TABLE = new CharTable(CHINESE);
    /** Where a number may start: digits, full-width digits and {@value #CHINESE}. */
    private static final CharTable STARTS = new CharTable("0123456789０１２３４５６７８９" + CHINESE);

    private NumberScanner() {
    }

    /** The end of the number that starts at {@code at}, or {@code at} when none starts there. */
    static int numberEnd(String text, int at) {
        char c = text.charAt(at);
        if (c == '百') {
            if (text.startsWith("百分之百", at)) {
                return at + 4;
            }
            if (text.startsWith("百分百", at)) {
                return at + 3;
            }
            if (text.startsWith("百分之", at)) {
                int end = at + 3;
                while (end < text.length() && PERCENT_BODY.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end > at + 3) {
                    return end;
                }
            }
        }
        if (isDigit(c)) {
            return arabicEnd(text, at);
        }
        int end = at;
        while (end < text.length() && isChinese(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Whether a number may start with {@code c}: a digit or a Chinese numeral character (百 included). */
    static boolean mayStartNumber(char c) {
        return STARTS.has(c);
    }

    /** One of {@value #CHINESE}. */
    private static boolean isChinese(char c) {
        return CHINESE_TABLE.has(c);
    }

    private static int arabicEnd(String text, int at) {
        int end = digitsEnd(text, at);
        while (end < text.length() && text.charAt(end) == ',' && isAscii(text, end + 1) && isAscii(text, end + 2)
                && isAscii(text, end + 3)) {
            end += 4;
        }
        if (end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '．') && isDigit(text.charAt(end + 1))) {
            end = digitsEnd(text, end + 1);
        }
        if (end < text.length() && (text.charAt(end) == '万' || text.charAt(end) == '亿')) {
            end++;
        }
        return end;
    }

    private static int digitsEnd(String text, int at) {
        int end = at;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isAscii(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
