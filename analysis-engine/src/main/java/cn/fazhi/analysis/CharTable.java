package cn.fazhi.analysis;

/**
 * A set of characters as a bitmap over the Basic Multilingual Plane (8 KB): one load and a shift
 * per question. Asked of every character of a report in the engine's scanning loops, where a
 * {@code switch} over sparse Chinese characters or {@code String.indexOf} costs a search each time.
 */
final class CharTable {

    private final long[] bits = new long[1 << 10];

    CharTable(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
    }

    boolean has(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
