package cn.fazhi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence and clause boundaries of a text. A sentence ends at 。！？；or a line break; a clause
 * also at ，：. Enumeration commas (、) join the items of one clause.
 */
final class Sentences {

    private final String text;
    private final int[] starts;

    private Sentences(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static Sentences of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (endsSentence(text.charAt(i))) {
                starts.add(i + 1);
            }
        }
        return new Sentences(text, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n';
    }

    static boolean endsClause(char c) {
        return endsSentence(c) || c == '，' || c == ',' || c == '：' || c == ':';
    }

    /** The sentence around an offset. */
    Span at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        int start = starts[index];
        int end = index + 1 < starts.length ? starts[index + 1] : text.length();
        return new Span(start, end);
    }

    /** The sentence's text without surrounding blanks, for evidence. */
    String textAt(int offset) {
        Span span = at(offset);
        return text.substring(span.start(), span.end()).strip();
    }

    /** Where the clause that contains {@code offset} starts, not before {@code floor}. */
    int clauseStart(int offset, int floor) {
        int i = offset - 1;
        while (i >= floor && !endsClause(text.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    /** Where the clause that contains {@code offset} ends. */
    int clauseEnd(int offset) {
        int i = offset;
        while (i < text.length() && !endsClause(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
