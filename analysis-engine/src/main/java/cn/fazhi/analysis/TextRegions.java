package cn.fazhi.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of a report whose numbers are never quantities: titles in 《》, document numbers in
 * 〔〕 or [], and short quoted phrases (“八五普法”, “一村一法律顾问”), which are names.
 */
final class TextRegions {

    /** Quoted phrases up to this length are names; a longer quote is a sentence and may count things. */
    static final int NAME_QUOTE_MAX = 12;

    /** Sorted, non-overlapping half-open ranges. */
    record Excluded(int[] starts, int[] ends) {

        boolean covers(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= offset) {
                    lo = mid + 1;
                } else if (starts[mid] > offset) {
                    hi = mid - 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One pass: the search for an opener's closing mark stops at the line's end, and its outcome is
     * remembered per kind of mark, so a line of a thousand unclosed 《 is read once, not a thousand times.
     */
    private static final CharTable MARKS = new CharTable("《〔[“\"");

    Excluded excluded(String text) {
        List<int[]> ranges = new ArrayList<>();
        int kinds = 5;                                   // 《 〔 [ “ " and their closing marks:
        String closers = "》〕]”\"";
        int[] searchedTo = new int[kinds];   // the search for this kind ended here ...
        int[] foundAt = new int[kinds];      // ... at its closing mark, or -1 at a line's end
        java.util.Arrays.fill(searchedTo, -1);
        int lineEnd = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!MARKS.has(c)) {
                continue;                                // nearly every character: one table look-up
            }
            int kind = switch (c) {
                case '《' -> 0;
                case '〔' -> 1;
                case '[' -> 2;
                case '“' -> 3;
                case '"' -> 4;
                default -> -1;
            };
            if (kind < 0) {
                continue;
            }
            if (i >= lineEnd) {
                lineEnd = text.indexOf('\n', i);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            }
            int end;
            if (searchedTo[kind] > i) {
                end = foundAt[kind];
            } else {
                char close = closers.charAt(kind);
                end = -1;
                for (int j = i + 1; j < lineEnd; j++) {
                    if (text.charAt(j) == close) {
                        end = j;
                        break;
                    }
                }
                searchedTo[kind] = end < 0 ? lineEnd : end;
                foundAt[kind] = end;
            }
            if (end < 0) {
                continue;
            }
            boolean quote = c == '“' || c == '"';
            if (!quote || end - i - 1 <= NAME_QUOTE_MAX) {
                ranges.add(new int[] {i, end + 1});
                i = end;
            }
        }
        int[] starts = new int[ranges.size()];
        int[] ends = new int[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            starts[i] = ranges.get(i)[0];
            ends[i] = ranges.get(i)[1];
        }
        return new Excluded(starts, ends);
    }
}
