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

    private Phrases() {
    }

    static String regex(String phrase) {
        return java.util.Arrays.stream(phrase.split(GAP, -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[^，。；：！？\\n]{0,8}?"));
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
