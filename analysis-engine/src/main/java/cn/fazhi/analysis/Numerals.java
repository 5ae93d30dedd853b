package cn.fazhi.analysis;

import java.math.BigDecimal;

/**
 * Reads the numbers of Chinese prose: Arabic with grouping and decimals (full-width too), Chinese
 * numerals with the usual omissions (十二, 两百, 一千二, 两万五), and the two mixed forms.
 */
public final class Numerals {

    private static final String DIGITS = "零〇一二两三四五六七八九";

    private Numerals() {
    }

    /** Full-width digits and punctuation of numbers to ASCII. */
    public static String toAscii(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，' || c == ',') {
                // grouping separator inside a number
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An Arabic number such as {@code 1,090}, {@code 95.7} or {@code ２０}. */
    public static BigDecimal arabic(CharSequence s) {
        return new BigDecimal(toAscii(s));
    }

    public static boolean isChineseDigit(char c) {
        return DIGITS.indexOf(c) >= 0;
    }

    public static boolean isChineseNumeralChar(char c) {
        return isChineseDigit(c) || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    /**
     * A Chinese numeral such as {@code 十二}, {@code 两百}, {@code 一千二}, {@code 三万零五},
     * {@code 一亿二千万}; a run of bare digits ({@code 二〇二四}) reads digit by digit, except two
     * neighbours such as {@code 三四}, which mean "three or four".
     *
     * @throws NumberFormatException if {@code s} is not a well-formed numeral
     */
    public static long chinese(CharSequence s) {
        try {
            return chineseExact(s);
        } catch (ArithmeticException e) {
            throw new NumberFormatException("numeral too large: " + s);
        }
    }

    /** {@link #chinese}, with every step checked, so a numeral beyond {@code long} fails instead of wrapping. */
    private static long chineseExact(CharSequence s) {
        if (s.isEmpty()) {
            throw new NumberFormatException("empty numeral");
        }
        boolean bareDigits = true;
        for (int i = 0; i < s.length(); i++) {
            if (!isChineseDigit(s.charAt(i))) {
                bareDigits = false;
            }
        }
        if (bareDigits && s.length() == 2 && s.charAt(1) != '〇' && s.charAt(1) != '零') {
            throw new NumberFormatException("two adjacent digits mean 'this or that', not a number: " + s);
        }
        if (bareDigits && s.length() > 1) {
            long value = 0;
            for (int i = 0; i < s.length(); i++) {
                value = Math.addExact(Math.multiplyExact(value, 10), digit(s.charAt(i)));
            }
            return value;
        }
        long total = 0;      // completed 亿 groups
        long myriads = 0;    // completed 万 group below the current 亿
        long section = 0;    // below 万
        long pending = -1;   // a digit not yet multiplied
        long lastUnit = 0;   // the unit just applied, to read 一千二 as 1200
        boolean zeroSeen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (pending >= 0 && !(pending == 0 || d == 0)) {
                    throw new NumberFormatException("two digits in a row: " + s);
                }
                if (d == 0) {
                    zeroSeen = true;
                    pending = -1;
                    continue;
                }
                pending = d;
            } else if (smallUnit(c) > 0) {
                long unit = smallUnit(c);
                long n = pending >= 0 ? pending : (unit == 10 && (section == 0 || zeroSeen) ? 1 : -1);
                if (n < 0 || (lastUnit != 0 && lastUnit <= unit && !zeroSeen && section > 0)) {
                    throw new NumberFormatException("misplaced " + c + " in " + s);
                }
                section = Math.addExact(section, Math.multiplyExact(n, unit));
                lastUnit = unit;
                pending = -1;
                zeroSeen = false;
            } else if (c == '万' || c == '亿') {
                section = Math.addExact(section, trailing(pending, lastUnit, zeroSeen));
                if (section == 0 && myriads == 0 && total == 0) {
                    throw new NumberFormatException("nothing before " + c + ": " + s);
                }
                if (c == '万') {
                    myriads = Math.multiplyExact(Math.addExact(myriads, section), 10_000);
                    lastUnit = 10_000;
                } else {
                    total = Math.multiplyExact(Math.addExact(Math.addExact(total, myriads), section), 100_000_000);
                    myriads = 0;
                    lastUnit = 100_000_000;
                }
                section = 0;
                pending = -1;
                zeroSeen = false;
            } else {
                throw new NumberFormatException("not a numeral: " + s);
            }
        }
        return Math.addExact(Math.addExact(total, myriads), Math.addExact(section, trailing(pending, lastUnit, zeroSeen)));
    }

    /** A final digit after a unit stands for the next lower unit (一千二 = 1200) unless a 零 came between. */
    private static long trailing(long pending, long lastUnit, boolean zeroSeen) {
        if (pending < 0) {
            return 0;
        }
        if (zeroSeen || lastUnit <= 10) {
            return pending;
        }
        return pending * (lastUnit / 10);
    }

    /** {@code 九十五点七} (the part after 百分之) to 95.7. */
    public static BigDecimal chineseDecimal(String s) {
        int point = s.indexOf('点');
        if (point < 0) {
            return BigDecimal.valueOf(chinese(s));
        }
        StringBuilder fraction = new StringBuilder();
        for (int i = point + 1; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                throw new NumberFormatException("not a decimal numeral: " + s);
            }
            fraction.append(d);
        }
        String whole = point == 0 ? "0" : Long.toString(chinese(s.substring(0, point)));
        return new BigDecimal(whole + "." + fraction);
    }
}
