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

    Excluded excluded(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char close = switch (c) {
                case '《' -> '》';
                case '〔' -> '〕';
                case '[' -> ']';
                case '“' -> '”';
                case '"' -> '"';
                default -> 0;
            };
            if (close == 0) {
                continue;
            }
            int end = text.indexOf(close, i + 1);
            int newline = text.indexOf('\n', i + 1);
            if (end < 0 || (newline >= 0 && newline < end)) {
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
