package cn.fazhi.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title among the first lines before the outline starts (a line naming a 报告 or a 总结,
 * not an introduction ending in a colon), the year it names and the township it (or the issuing
 * body's line just above it) names. Page furniture never hides it: breadcrumbs, index tables,
 * publication and view-count lines and dates above it are skipped, a label before it (标  题：) and
 * a date or portal name after it are cut off, Word bookmarks, table borders and bullets around it
 * ({@link LineArtefacts}) are looked past, and a title in traditional script is read as simplified.
 */
final class MetadataReader {

    private static final int TITLE_MAX = 60;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    /** A township's name: no administrative level, no function word inside it (关 only as in 关坝镇, not 关于). */
    private static final Pattern TOWNSHIP = Pattern.compile(
            "((?:(?!关于)[\\u4e00-\\u9fa5&&[^县区市省州旗共年度于的和及与在]]){1,8}?(?:镇|乡|街道))");

    /**
     * Page furniture around a title: breadcrumbs (首页 > …, 当前位置：…), index tables and their cells,
     * publication, source and view-count lines, a date alone on its line. The words are searched as
     * plain strings; only what needs a pattern is one.
     */
    private static final List<String> FURNITURE_WORDS = List.of(">", "＞", "›", "»", "|", "发文字号", "发布机构", "发布日期",
            "发布时间", "發布時間", "成文日期", "主题分类", "组配分类", "信息来源", "浏览次数", "访问量", "【字号", "打印本页", "关闭窗口",
            "当前的位置");
    private static final Pattern FURNITURE = Pattern.compile(
            "^\\[|^首页\\s*[/／]|位置\\s*[:：]|索\\s*引\\s*号|来源\\s*[:：]|点击[量数率次]|阅读[量数次]|字号\\s*[:：]"
                    + "|^\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?)?$");
    /** 标题：, • 标  题:, 名称：, | 标题 | : a label before the title on a publication page. */
    private static final Pattern TITLE_LABEL = Pattern.compile("[•·\\s]*(?:标\\s*题|名\\s*称|题\\s*目)\\s*[:：|｜]\\s*");
    /** A publication date or a portal's name after the title. */
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\s+\\d{4}-\\d{1,2}-\\d{1,2}.*$|_[^_]*_.*$");
    /** A publication date before the title on its line: 2025-01-10 某镇…报告. */
    private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+");
    /** A title line this short (年度报告) ends the title begun on the line above. */
    private static final int TITLE_TAIL_MAX = 6;

    static boolean isFurniture(String line) {
        for (String word : FURNITURE_WORDS) {
            if (line.contains(word)) {
                return true;
            }
        }
        return FURNITURE.matcher(line).find();
    }

    /** Whether the words name a report: 报告, 总结 or 年报, in either script. */
    private static boolean namesAReport(String words) {
        String simplified = Hanzi.simplified(words);
        return simplified.contains("报告") || simplified.contains("总结") || simplified.contains("年报");
    }

    private static boolean hasTitleEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if ("。；：:，,".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

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
            int[] trimmed = {LineArtefacts.wordsStart(text, lineStart, lineEnd), 0};
            trimmed[1] = LineArtefacts.wordsEnd(text, trimmed[0], lineEnd);
            if (trimmed[1] - trimmed[0] > TITLE_MAX * 4) {
                previousStart = trimmed[0];                   // prose, not a title: only the line above one
                previousEnd = trimmed[1];
                lineStart = lineEnd + 1;
                continue;
            }
            String line = text.substring(trimmed[0], trimmed[1]);
            Matcher label = TITLE_LABEL.matcher(line);
            if (label.lookingAt()) {
                trimmed[0] += label.end();                    // 标  题：…报告: the title after its label
                line = line.substring(label.end());
            }
            if (isFurniture(line)) {
                lineStart = lineEnd + 1;                      // a breadcrumb or an index line: never the title
                continue;
            }
            boolean named = namesAReport(line);
            Matcher date = named && !line.isEmpty() && Character.isDigit(line.charAt(0)) ? DATE_PREFIX.matcher(line) : null;
            if (date != null && date.lookingAt()) {
                trimmed[0] += date.end();                     // 2025-01-10 某镇…报告
                line = line.substring(date.end());
            }
            Matcher suffix = line.indexOf('_') >= 0 || line.indexOf('-') >= 0 ? PAGE_SUFFIX.matcher(line) : null;
            if (suffix != null && suffix.find()) {
                trimmed[1] = trimmed[0] + suffix.start();     // …报告 2024-12-12, …报告_街镇文件_某某门户网站
                line = line.substring(0, suffix.start());
                named = namesAReport(line);
            }
            if (named && !line.isEmpty() && line.length() <= TITLE_MAX && !line.endsWith("：")
                    && !line.endsWith(":")) {
                if (line.length() <= TITLE_TAIL_MAX && previousStart >= 0 && !hasTitleEnd(text, previousStart, previousEnd)) {
                    return metadata(text, previousStart, trimmed[1], -1, -1);   // …法治政府建设⏎年度报告: one title on two lines
                }
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

    /**
     * The township named in {@code [start, end)}, or {@code null}: a group is read only after a
     * successful find. Read in simplified script (湘潭縣云湖橋鎮 → 云湖橋鎮), one character for one, so
     * the span is the same in the text.
     */
    private static Span township(String text, int start, int end) {
        String line = Hanzi.simplified(text.substring(start, end));
        // a name ends in 镇, 乡 or 街道 at most 8 characters after it begins: no search before that
        int suffix = firstOf(line, "镇乡街");
        if (suffix < 0) {
            return null;
        }
        Matcher t = TOWNSHIP.matcher(line).region(Math.max(0, suffix - 8), line.length());
        return t.find() ? new Span(start + t.start(1), start + t.end(1)) : null;
    }

    private static int firstOf(String line, String chars) {
        for (int i = 0; i < line.length(); i++) {
            if (chars.indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
