package cn.fazhi.analysis;

/**
 * What converters and web pages leave at the edges of a line, around the words a title or a
 * heading is made of: blanks (also the byte-order mark and zero-width spaces), Word bookmarks as
 * text extractors write them ({@code [bookmark: _Toc1234]}, pandoc's {@code []{#_Toc1234 .anchor}}),
 * table borders ({@code |}), bullets and markdown marks ({@code • · ● ■ ◆ ▪ ► * # -}) that stand
 * where Word kept its list numbering outside the text. Title and heading rules look past them; the
 * offsets they return are still offsets of the text.
 */
final class LineArtefacts {

    private static final String BOOKMARK = "[bookmark:";
    private static final String ANCHOR = "[]{#";
    /** Marks a converter writes for a list item or a markdown heading; never the first character of a heading's words. */
    private static final String BULLETS = "•·●○■□◆◇▪▫►▶➢➤✓√*#|";
    /** Marks that are bullets only when a blank follows (- 主要举措): otherwise they may be words. */
    private static final String DASHES = "-–—";

    private LineArtefacts() {
    }

    /**
     * A blank: Unicode white space or space separator, the byte-order mark, a zero-width space. Asked
     * of every character of a line, so a Han character is told apart in two comparisons.
     */
    static boolean isBlank(char c) {
        if (c > '\u3000') {
            return c == '\ufeff';
        }
        return c <= ' ' || c == '\u3000' || c == '\u200b' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Where the words of the line {@code [start, end)} begin, past blanks, bookmarks, borders and bullets. */
    static int wordsStart(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (isBlank(c) || BULLETS.indexOf(c) >= 0) {
                i++;
            } else if (DASHES.indexOf(c) >= 0 && i + 1 < end && isBlank(text.charAt(i + 1))) {
                i += 2;
            } else if (c == '[' && (text.startsWith(BOOKMARK, i) || text.startsWith(ANCHOR, i))) {
                int close = indexOf(text, text.startsWith(BOOKMARK, i) ? ']' : '}', i, end);
                if (close < 0) {
                    return i;                                  // an unclosed bracket: words, not a bookmark
                }
                i = close + 1;
            } else {
                return i;
            }
        }
        return end;
    }

    /** Where the words of the line {@code [start, end)} end, before blanks, borders and bookmarks after them. */
    static int wordsEnd(String text, int start, int end) {
        int i = end;
        while (i > start) {
            char c = text.charAt(i - 1);
            if (isBlank(c) || c == '|') {
                i--;
            } else if (c == ']' || c == '}') {
                int open = i - 2;                              // the token's '[': bookmarks hold no other
                while (open >= start && text.charAt(open) != '[') {
                    open--;
                }
                boolean token = open >= start && (c == ']' ? text.startsWith(BOOKMARK, open) : text.startsWith(ANCHOR, open));
                if (!token || indexOf(text, c, open, i) != i - 1) {
                    return i;
                }
                i = open;
            } else {
                return i;
            }
        }
        return start;
    }

    /** The first {@code c} in {@code [from, to)}, or -1: never searches past the line. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
