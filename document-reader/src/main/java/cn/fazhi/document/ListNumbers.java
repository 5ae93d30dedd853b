package cn.fazhi.document;

/**
 * Writes a list counter the way Word shows it for a numbering format of {@code numbering.xml}
 * ({@code w:numFmt}): 一 十一 二十 for chineseCounting, 壹 for chineseLegalSimplified, 甲 for
 * ideographTraditional, ① for decimalEnclosedCircle, and so on. An unknown format reads as decimal,
 * as Word falls back.
 */
final class ListNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private ListNumbers() {
    }

    static String format(int n, String numFmt) {
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "taiwaneseCountingThousand", "koreanCounting" -> chinese(n, DIGITS, "十", "百", "千");
            case "chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal" ->
                    chinese(n, LEGAL_DIGITS, "拾", "佰", "仟");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            case "ideographTraditional" -> cyclic(n, STEMS);
            case "ideographZodiac" -> cyclic(n, BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase();
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase();
            case "none", "bullet" -> "";
            default -> Integer.toString(n);
        };
    }

    /** 1 一, 10 十, 11 十一, 20 二十, 105 一百零五, 110 一百一十. */
    static String chinese(int n, String digits, String ten, String hundred, String thousand) {
        if (n <= 0 || n >= 10_000) {
            return n == 0 ? String.valueOf(digits.charAt(0)) : Integer.toString(n);
        }
        if (n < 20 && n >= 10) {
            return ten + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        String[] units = {"", ten, hundred, thousand};
        StringBuilder out = new StringBuilder();
        String decimal = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < decimal.length(); i++) {
            int digit = decimal.charAt(i) - '0';
            int unit = decimal.length() - 1 - i;
            if (digit == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append(digits == DIGITS ? '零' : digits.charAt(0));
                pendingZero = false;
            }
            out.append(digits.charAt(digit)).append(units[unit]);
        }
        return out.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    private static String cyclic(int n, String symbols) {
        return n <= 0 ? Integer.toString(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append((char) (c - '0' + '０'));
        }
        return out.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
