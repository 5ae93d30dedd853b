package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the quantities a report states (ANALYSIS.md §1): a number, an optional approximation
 * marker, and a unit or classifier. Numbers without a unit (years, hotlines, enumerators, names
 * such as 八五普法) are never quantities; the remaining exclusions are explicit rules below.
 */
public final class MentionExtractor {


    /** Characters that, before 一, make a word of it (每一, 统一, 唯一, 逐一, 之一, 进一步, 万一). */
    private static final String WORDS_ENDING_BEFORE_ONE = "每统唯逐之进万专同划归单";

    /** A named package of measures (十五条硬措施) is a name, not a count. */
    private static final Pattern NAMED_PACKAGE = Pattern.compile("(?:硬措施|措施|举措|禁令)");
    /** 三项制度, 两项机制: a named system, not a count. */
    private static final Pattern NAMED_SYSTEM = Pattern.compile("(?:制度|机制|原则)");
    /** 三个层面, 两个维度: kinds and dimensions, like 三类 and 两大 (ANALYSIS.md §1). */
    private static final Pattern KINDS = Pattern.compile("(?:层面|维度|方面|环节|领域|阶段|层级|渠道)");

    private final TextRegions regions = new TextRegions();

    /**
     * A written number longer than this (digits, separators, 万/亿, Chinese numeral characters) is
     * not a quantity a report states (a document or account number, a run of digits): it is
     * skipped whole, and no value beyond {@code long} range is ever computed from prose.
     */
    static final int NUMBER_MAX = 20;

    /**
     * What may stand between a clause boundary and the 无 of a zero stated in words
     * (无行政复议、行政应诉案件): a time phrase, the township, 共/均/暂.
     */
    private static final Pattern ZERO_PREFIX = Pattern.compile(
            "[\\s\\u3000]*(?:全年|年内|今年以来|本年度|当年)?(?:[\\u4e00-\\u9fa5]{1,8}?(?:镇|乡|街道))?(?:共|均|暂)?");
    private static final int ZERO_LIST_MAX = 40;
    private static final int ZERO_PREFIX_MAX = 20;
    private static final Pattern COUNTED_ITEM = Pattern.compile("诉|复议|案|事故|投诉|信访|纠纷");
    private static final String ZERO_SEPARATORS = "、和及与";

    private static char charAt(String text, int at) {
        return at < text.length() ? text.charAt(at) : '\n';
    }

    private static boolean isClauseEnd(char c) {
        return "，。；：！？\n".indexOf(c) >= 0;
    }

    /** Whether a mention is a zero stated in words rather than a written number. */
    public static boolean isZeroInWords(Mention mention) {
        return mention.value().signum() == 0 && !mention.text().contains("0") && !mention.text().contains("零")
                && !mention.text().contains("〇") && !mention.text().contains("０");
    }

    public List<Mention> extract(String text) {
        TextRegions.Excluded excluded = regions.excluded(text);
        List<Mention> mentions = new ArrayList<>(zeros(text, excluded));
        int at = 0;
        while (at < text.length()) {
            if (!NumberScanner.mayStartNumber(text.charAt(at))) {
                at++;                                     // most characters: one comparison
                continue;
            }
            int end = NumberScanner.numberEnd(text, at);
            if (end == at) {
                at++;
                continue;
            }
            if (end - at <= NUMBER_MAX && !excluded.covers(at)) {
                Mention mention = read(text, at, end, text.substring(at, end));
                if (mention != null) {
                    mentions.add(mention);
                }
            }
            at = end;
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return List.copyOf(mentions);
    }

    /** 无行政复议、行政应诉案件 → 0 件 for each thing named; 未发生…情况 is no count. */
    private static List<Mention> zeros(String text, TextRegions.Excluded excluded) {
        List<Mention> zeros = new ArrayList<>();
        for (int at = text.indexOf('无'); at >= 0; at = text.indexOf('无', at + 1)) {
            int clauseStart = at;
            while (clauseStart > 0 && at - clauseStart <= ZERO_PREFIX_MAX && !isClauseEnd(text.charAt(clauseStart - 1))) {
                clauseStart--;                             // bounded: a longer prefix is no zero statement
            }
            if (at - clauseStart > ZERO_PREFIX_MAX || !ZERO_PREFIX.matcher(text).region(clauseStart, at).matches()
                    || excluded.covers(at)) {
                continue;
            }
            int listStart = at + 1;
            int listEnd = listStart;
            while (listEnd < text.length() && listEnd - listStart < ZERO_LIST_MAX && !isClauseEnd(text.charAt(listEnd))) {
                listEnd++;
            }
            if (Character.isLowSurrogate(charAt(text, listEnd)) && Character.isHighSurrogate(text.charAt(listEnd - 1))) {
                listEnd--;                                 // never cut a character in two
            }
            if (listEnd - listStart < 2) {
                continue;
            }
            String list = text.substring(listStart, listEnd);
            for (String trailing : new String[] {"发生", "情况", "现象"}) {
                if (list.endsWith(trailing)) {
                    list = list.substring(0, list.length() - trailing.length());
                    listEnd -= trailing.length();
                }
            }
            String noun = list.endsWith("案件") ? "案件" : list.endsWith("事件") ? "事件" : list.endsWith("案") ? "案" : "";
            listEnd -= noun.length();
            int itemStart = listStart;
            for (int i = listStart; i <= listEnd; i++) {
                if (i == listEnd || ZERO_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                    int from = itemStart;
                    int to = i;
                    while (from < to && Character.isWhitespace(text.charAt(from))) {
                        from++;
                    }
                    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                        to--;
                    }
                    String item = text.substring(from, to);
                    if (item.length() >= 2 && item.length() <= 12 && !item.startsWith("一")
                            && (!noun.isEmpty() || COUNTED_ITEM.matcher(item).find())) {
                        zeros.add(new Mention(item, from, to, BigDecimal.ZERO,
                                "事件".equals(noun) ? "起" : "件", Approx.EXACT));
                    }
                    itemStart = i + 1;
                }
            }
        }
        return zeros;
    }

    private Mention read(String text, int start, int end, String number) {
        char before = start > 0 ? text.charAt(start - 1) : '\n';
        char after = end < text.length() ? text.charAt(end) : '\n';
        if (before == '第' || before == '届' || before == '+' || after == '+' || before == '·' || after == '·'
                || isAsciiLetter(before)) {
            return null;
        }
        BigDecimal value;
        Units.Unit unit;
        int cursor = end;
        Approx approx = Approx.EXACT;
        boolean chineseOne = false;
        if (number.startsWith("百分")) {
            value = number.equals("百分百") || number.equals("百分之百") ? BigDecimal.valueOf(100)
                    : parseOrNull(() -> Numerals.chineseDecimal(number.substring(3)));
            unit = Units.at("%", 0);
        } else {
            value = parse(number);
            if (value == null && (number.equals("百") || number.equals("千")) && start > 0
                    && "近约超逾上".indexOf(text.charAt(start - 1)) >= 0) {
                value = BigDecimal.valueOf(number.equals("百") ? 100 : 1000);   // 近千人, 上百场
            }
            chineseOne = "一".equals(number);
            if (cursor < text.length() && (text.charAt(cursor) == '余' || text.charAt(cursor) == '多')) {
                approx = Approx.AT_LEAST;
                cursor++;
            }
            if (cursor + 1 < text.length() && isInlineSpace(text.charAt(cursor)) && (isPercent(text.charAt(cursor + 1))
                    || (NumberScanner.isDigit(number.charAt(0)) && Units.at(text, cursor + 1) != null))) {
                cursor++;                                  // 95.7 %, 121 件: one space from Word between figure and unit
            }
            unit = Units.at(text, cursor);
            if (unit != null) {
                cursor += unit.written().length();
            }
        }
        if (value == null || unit == null || notAQuantity(text, start, unit, cursor, chineseOne)) {
            return null;
        }
        int spanStart = start;
        String lead = text.substring(Math.max(0, start - 2), start);
        if (lead.endsWith("超过") || lead.endsWith("逾")) {
            spanStart = start - (lead.endsWith("超过") ? 2 : 1);
            approx = text.startsWith("的", cursor) ? Approx.EXACT : Approx.AT_LEAST;
        } else if (lead.endsWith("大约") || (lead.endsWith("约") && !isWordBeforeYue(lead))) {
            spanStart = start - (lead.endsWith("大约") ? 2 : 1);
            approx = Approx.ABOUT;
        } else if (lead.endsWith("不足") || lead.endsWith("不到")) {
            spanStart = start - 2;
            approx = Approx.AT_MOST;
        } else if (lead.endsWith("近") && !lead.endsWith("最近") && !lead.endsWith("接近") && !lead.endsWith("附近")) {
            spanStart = start - 1;
            approx = Approx.AT_MOST;
        }
        if (text.startsWith("以上", cursor)) {
            approx = Approx.AT_LEAST;
            cursor += 2;
        } else if (text.startsWith("左右", cursor)) {
            approx = Approx.ABOUT;
            cursor += 2;
        }
        BigDecimal normalised = value.multiply(unit.factor()).stripTrailingZeros();
        if (normalised.scale() < 0) {
            normalised = normalised.setScale(0);
        }
        return new Mention(text.substring(spanStart, cursor), spanStart, cursor, normalised, unit.normalised(), approx);
    }

    /** Durations, plenary names, named packages and slogans that look like counts. */
    private static boolean notAQuantity(String text, int start, Units.Unit unit, int cursor, boolean chineseOne) {
        String unitText = unit.written();
        if (unitText.equals("人") && (text.startsWith("小组", cursor) || text.startsWith("团队", cursor))) {
            return true;                                   // 五人小组: a group's name
        }
        if (unitText.equals("个") && text.startsWith("月", cursor)) {
            return true;                                   // 3个月内: a duration
        }
        if (unitText.equals("次") && (text.startsWith("全会", cursor) || text.startsWith("会议", cursor)
                || text.startsWith("代表大会", cursor))) {
            return true;                                   // 六届七次全会: a plenary's name
        }
        if (unitText.equals("条") && NAMED_PACKAGE.matcher(text).region(cursor, Math.min(text.length(), cursor + 3))
                .lookingAt()) {
            return true;                                   // 十五条硬措施: a named package
        }
        if (unitText.equals("项") && NAMED_SYSTEM.matcher(text).region(cursor, Math.min(text.length(), cursor + 2))
                .lookingAt()) {
            return true;                                   // 三项制度: a named system
        }
        if (unitText.equals("个") && KINDS.matcher(text).region(cursor, Math.min(text.length(), cursor + 2))
                .lookingAt()) {
            return true;                                   // 三个层面: kinds, not a count
        }
        if (chineseOne) {
            char before = start > 0 ? text.charAt(start - 1) : '\n';
            if (WORDS_ENDING_BEFORE_ONE.indexOf(before) >= 0) {
                return true;                               // 每一项, 统一部署, 进一步: words, not counts
            }
            if (unitText.equals("个") || unitText.equals("批") || text.startsWith("性", cursor)) {
                return true;                               // 一个, 一批, 一次性: articles, not counts
            }
            int window = Math.min(text.length(), cursor + 3);
            if (text.substring(cursor, window).indexOf('一') >= 0) {
                return true;                               // 一人一策一专班: a slogan
            }
        }
        return false;
    }

    private static boolean isWordBeforeYue(String lead) {
        return lead.length() == 2 && "节制合契公签违履预集婚".indexOf(lead.charAt(0)) >= 0;
    }

    /** 95.7 % is written with a space (often U+2002 or U+00A0 from Word) before the sign. */
    private static boolean isInlineSpace(char c) {
        return c != '\n' && c != '\r' && (Character.isSpaceChar(c) || c == '\t');
    }

    private static boolean isPercent(char c) {
        return c == '%' || c == '％';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static BigDecimal parse(String number) {
        char last = number.charAt(number.length() - 1);
        boolean arabic = Character.isDigit(number.charAt(0)) || (number.charAt(0) >= '０' && number.charAt(0) <= '９');
        if (arabic) {
            BigDecimal factor = last == '万' ? BigDecimal.valueOf(10_000)
                    : last == '亿' ? BigDecimal.valueOf(100_000_000) : BigDecimal.ONE;
            String digits = factor.equals(BigDecimal.ONE) ? number : number.substring(0, number.length() - 1);
            return parseOrNull(() -> Numerals.arabic(digits).multiply(factor));
        }
        return parseOrNull(() -> BigDecimal.valueOf(Numerals.chinese(number)));
    }

    private static BigDecimal parseOrNull(java.util.function.Supplier<BigDecimal> parser) {
        try {
            return parser.get();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
