package cn.fazhi.analysis;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Catalog phrases as patterns: {@code 审核…合同} matches 审核 and 合同 with up to 8 characters
 * between them inside one clause.
 */
final class Phrases {

    static final String GAP = "…";
    /** {@code 审查&合同}: both words in the sentence up to the number's clause, in any order. */
    static final String TOGETHER = "&";

    private Phrases() {
    }

    static String regex(String phrase) {
        return java.util.Arrays.stream(phrase.split(GAP, -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[^，。；：！？\\n]{0,8}?"));
    }

    /** The longest text one of the phrases can match (a gap counts its 8 characters). */
    static int longest(List<String> phrases) {
        int longest = 0;
        for (String phrase : phrases) {
            int gaps = phrase.split(GAP, -1).length - 1;
            longest = Math.max(longest, phrase.length() - gaps + 8 * gaps);
        }
        return longest;
    }

    /**
     * A compiled phrase alternation with the characters its matches can begin with, so a search can
     * skip the text that holds none of them instead of trying every alternative at every character.
     */
    record Compiled(Pattern pattern, CharTable firsts, int longest) {
    }

    static Compiled of(String phrase) {
        return anyOf(List.of(phrase));
    }

    static Compiled anyOf(List<String> phrases) {
        if (phrases.isEmpty()) {
            return new Compiled(Pattern.compile("(?!)"), new CharTable(""), 0);
        }
        StringBuilder firsts = new StringBuilder();
        boolean anyStart = false;
        for (String phrase : phrases) {
            String head = phrase.split(GAP, -1)[0];
            if (head.isEmpty()) {
                anyStart = true;                 // begins with a gap: a match may begin anywhere
            } else {
                firsts.append(head.charAt(0));
            }
        }
        return new Compiled(Pattern.compile(phrases.stream().map(Phrases::regex).collect(Collectors.joining("|"))),
                anyStart ? null : new CharTable(firsts.toString()), longest(phrases));
    }
}
