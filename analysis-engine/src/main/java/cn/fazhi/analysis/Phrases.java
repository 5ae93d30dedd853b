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

    static Pattern of(String phrase) {
        return Pattern.compile(regex(phrase));
    }

    static Pattern anyOf(List<String> phrases) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(phrases.stream().map(Phrases::regex).collect(Collectors.joining("|")));
    }
}
