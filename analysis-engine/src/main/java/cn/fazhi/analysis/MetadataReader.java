package cn.fazhi.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title among the first lines before the outline starts (a line naming a 报告, not an
 * introduction ending in a colon), the year it names and the township it (or the issuing body's
 * line just above it) names.
 */
final class MetadataReader {

    private static final int TITLE_MAX = 60;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern TOWNSHIP = Pattern.compile("([\\u4e00-\\u9fa5&&[^县区市省州旗共年度于关的和及与在]]{1,8}?(?:镇|乡|街道))");

    ReportMetadata read(String text, int outlineStart) {
        int limit = outlineStart < 0 ? Math.min(text.length(), 2000) : outlineStart;
        int lineStart = 0;
        int previousStart = -1;
        int previousEnd = -1;
        while (lineStart < limit) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > text.length()) {
                lineEnd = text.length();
            }
            int[] trimmed = trim(text, lineStart, lineEnd);
            String line = text.substring(trimmed[0], trimmed[1]);
            if (line.contains("报告") && line.length() <= TITLE_MAX && !line.endsWith("：") && !line.endsWith(":")) {
                return metadata(text, trimmed[0], trimmed[1], previousStart, previousEnd);
            }
            if (!line.isEmpty()) {
                previousStart = trimmed[0];
                previousEnd = trimmed[1];
            }
            lineStart = lineEnd + 1;
        }
        return new ReportMetadata(null, null, null, null, null, null);
    }

    private static ReportMetadata metadata(String text, int start, int end, int aboveStart, int aboveEnd) {
        Integer year = null;
        Span yearSpan = null;
        Matcher y = YEAR.matcher(text).region(start, end);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));                      // four ASCII digits: always an int
            yearSpan = new Span(y.start(1), y.end());
        }
        Span townshipSpan = township(text, start, end);
        if (townshipSpan == null && aboveStart >= 0) {
            townshipSpan = township(text, aboveStart, aboveEnd);
        }
        String township = townshipSpan == null ? null : text.substring(townshipSpan.start(), townshipSpan.end());
        return new ReportMetadata(text.substring(start, end), new Span(start, end), year, yearSpan, township,
                townshipSpan);
    }

    /** The township named in {@code [start, end)}, or {@code null}: a group is read only after a successful find. */
    private static Span township(String text, int start, int end) {
        Matcher t = TOWNSHIP.matcher(text).region(start, end);
        return t.find() ? new Span(t.start(1), t.end(1)) : null;
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000';
    }
}
