package cn.fazhi.api;

import java.util.Optional;

/**
 * The levels of the administrative hierarchy, told apart by the length of their 行政区划代码
 * (2 province, 4 city, 6 county, 9 township).
 */
public enum PlaceLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9);

    private final int codeLength;

    PlaceLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public static Optional<PlaceLevel> ofCode(String code) {
        for (PlaceLevel level : values()) {
            if (code != null && code.length() == level.codeLength && code.chars().allMatch(Character::isDigit)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The code of the place at this level above (or equal to) the given place, e.g. COUNTY of 320614108 is 320614. */
    public String codeAbove(String code) {
        return code.substring(0, codeLength);
    }
}
