package cn.fazhi.analysis;

import java.util.List;

/**
 * A question's phrases, searched without regular expressions (the engine's hot loop: every figure
 * against every question whose units it has). A phrase is literal words joined by {@code …}: up to
 * {@value #GAP_MAX} characters inside one clause. Matches are chosen as the pattern
 * {@link Phrases#anyOf} would: the one ending last (then starting last) or the one starting first.
 */
final class PhraseSet {

    static final int GAP_MAX = 8;
    private static final String CLAUSE_ENDS = "，。；：！？\n";

    private final String[][] phrases;
    /** The first characters of the phrases' first and last parts: a text without any of them holds no phrase. */
    private final CharTable heads;
    private final CharTable tails;

    PhraseSet(List<String> phrases) {
        this.phrases = phrases.stream().map(p -> p.split(Phrases.GAP, -1)).toArray(String[][]::new);
        StringBuilder headChars = new StringBuilder();
        StringBuilder tailChars = new StringBuilder();
        boolean emptyPart = false;
        for (String[] parts : this.phrases) {
            String tail = parts[parts.length - 1];
            emptyPart |= parts[0].isEmpty() || tail.isEmpty();
            headChars.append(parts[0].isEmpty() ? "" : parts[0].charAt(0));
            tailChars.append(tail.isEmpty() ? "" : tail.charAt(0));
        }
        this.heads = emptyPart ? null : new CharTable(headChars.toString());   // an empty part matches anywhere
        this.tails = emptyPart ? null : new CharTable(tailChars.toString());
    }

    /** Whether {@code s} holds any character of the table (one pass, instead of one search per phrase). */
    private static boolean anyOf(CharTable table, String s) {
        if (table == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (table.has(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return phrases.length == 0;
    }

    /** Whether any phrase occurs in {@code s}. */
    boolean any(String s) {
        return first(s) != null;
    }

    /** The match ending last in {@code s} (the phrase nearest a figure after it), or {@code null}. */
    Span last(String s) {
        if (!anyOf(tails, s)) {
            return null;
        }
        Span best = null;
        for (String[] parts : phrases) {
            Span m = lastOf(parts, s);
            if (m != null && (best == null || m.end() > best.end() || (m.end() == best.end() && m.start() > best.start()))) {
                best = m;
            }
        }
        return best;
    }

    /** The match starting first in {@code s}, or {@code null}. */
    Span first(String s) {
        if (!anyOf(heads, s)) {
            return null;
        }
        Span best = null;
        for (String[] parts : phrases) {
            Span m = firstOf(parts, s);
            if (m != null && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    private static Span lastOf(String[] parts, String s) {
        String tail = parts[parts.length - 1];
        for (int j = s.lastIndexOf(tail); j >= 0; j = j == 0 ? -1 : s.lastIndexOf(tail, j - 1)) {
            int start = backwards(parts, s, j);
            if (start >= 0) {
                return new Span(start, j + tail.length());
            }
        }
        return null;
    }

    /** Where the phrase starts when its last part stands at {@code j}, the earlier parts as near as they can be; -1 if none. */
    private static int backwards(String[] parts, String s, int j) {
        int at = j;
        for (int k = parts.length - 2; k >= 0; k--) {
            String part = parts[k];
            int from = at - part.length();
            if (from < 0) {
                return -1;
            }
            int i = s.lastIndexOf(part, from);
            if (i < 0 || at - (i + part.length()) > GAP_MAX || hasClauseEnd(s, i + part.length(), at)) {
                return -1;
            }
            at = i;
        }
        return at;
    }

    private static Span firstOf(String[] parts, String s) {
        String head = parts[0];
        for (int i = s.indexOf(head); i >= 0; i = s.indexOf(head, i + 1)) {
            int end = forwards(parts, s, i + head.length());
            if (end >= 0) {
                return new Span(i, end);
            }
        }
        return null;
    }

    private static int forwards(String[] parts, String s, int at) {
        for (int k = 1; k < parts.length; k++) {
            String part = parts[k];
            int i = s.indexOf(part, at);
            if (i < 0 || i - at > GAP_MAX || hasClauseEnd(s, at, i)) {
                return -1;
            }
            at = i + part.length();
        }
        return at;
    }

    private static boolean hasClauseEnd(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
