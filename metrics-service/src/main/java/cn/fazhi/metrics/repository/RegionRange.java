package cn.fazhi.metrics.repository;

/**
 * The codes under a region as a range: division codes nest by prefix (32 → 3206 → 320684 → 320684104),
 * so the region's townships are the codes from its own code up to (excluded) the code followed by ':',
 * the character after '9'. The columns compared are in the "C" collation, so this is one index range.
 */
public record RegionRange(String code) {

    public String low() {
        return code;
    }

    public String high() {
        return code + ":";
    }

    /** The length of a child region's code: 2 → 4 → 6 → 9; 9 for a township itself. */
    public int childLength() {
        return switch (code.length()) {
            case 2 -> 4;
            case 4 -> 6;
            default -> 9;
        };
    }

    public boolean isTownship() {
        return code.length() == 9;
    }

    public String level() {
        return levelOf(code);
    }

    public static String levelOf(String code) {
        return switch (code.length()) {
            case 2 -> "PROVINCE";
            case 4 -> "CITY";
            case 6 -> "COUNTY";
            default -> "TOWNSHIP";
        };
    }
}
