package cn.fazhi.report.service;

import cn.fazhi.api.DiffView.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A paragraph-level diff (longest common subsequence of non-blank lines): what a township changed. */
final class ParagraphDiff {

    private ParagraphDiff() {
    }

    static List<Paragraph> between(String older, String newer) {
        String[] a = paragraphs(older);
        String[] b = paragraphs(newer);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Paragraph> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                diff.add(new Paragraph("SAME", a[i], i++, j++));
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                diff.add(new Paragraph("REMOVED", a[i], i++, -1));
            } else {
                diff.add(new Paragraph("ADDED", b[j], -1, j++));
            }
        }
        return diff;
    }

    private static String[] paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }
}
