package cn.fazhi.analysis;

/**
 * Traditional characters read as their simplified forms where titles, townships and heading
 * keywords are matched: some portals serve a report converted to traditional script
 * (湘潭縣云湖橋鎮2025年度法治政府建設情況報告), and its title and sections are the same. Only the
 * characters those words are made of; one character for one, so offsets do not move.
 */
final class Hanzi {

    private static final String TRADITIONAL = "報結總鎮鄉縣區題問與舉績責負職黨劃計設開實況務關進難環節後點於級議專項導幹條規歲體據";
    private static final String SIMPLIFIED = "报结总镇乡县区题问与举绩责负职党划计设开实况务关进难环节后点于级议专项导干条规岁体据";
    /** The traditional characters in ascending order, and the simplified form of each. */
    private static final char[] FROM;
    private static final char[] TO;

    static {
        Integer[] order = new Integer[TRADITIONAL.length()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(TRADITIONAL::charAt));
        FROM = new char[order.length];
        TO = new char[order.length];
        for (int i = 0; i < order.length; i++) {
            FROM[i] = TRADITIONAL.charAt(order[i]);
            TO[i] = SIMPLIFIED.charAt(order[i]);
        }
    }

    private Hanzi() {
    }

    static char simplified(char c) {
        if (c < FROM[0] || c > FROM[FROM.length - 1]) {
            return c;
        }
        int at = java.util.Arrays.binarySearch(FROM, c);
        return at < 0 ? c : TO[at];
    }

    /** {@code words} in simplified script; the same string when nothing changes. */
    static String simplified(String words) {
        char[] chars = null;
        for (int i = 0; i < words.length(); i++) {
            char c = simplified(words.charAt(i));
            if (c != words.charAt(i)) {
                if (chars == null) {
                    chars = words.toCharArray();
                }
                chars[i] = c;
            }
        }
        return chars == null ? words : new String(chars);
    }
}
