package cn.fazhi.analysis;

import java.util.regex.Matcher;

/**
 * Whether a pattern occurs inside a window of the text, for windows that move forward through it
 * (one per figure, in text order). What a search learned is kept: where the next match starts, or
 * that none starts before the last window's end, so the text is scanned about once however many
 * figures stand close together (a 200 KB sentence of figures stays linear).
 */
final class TextWindow {

    private final Matcher matcher;
    private final CharTable firsts;
    private final String text;
    private final int overlap;
    private int origin = Integer.MAX_VALUE;
    private int scannedTo;
    private int start = -1;
    private int end = -1;

    /** The phrases' longest match sets the overlap, so a match across a window's end is found again. */
    TextWindow(Phrases.Compiled phrases, String text) {
        this.matcher = phrases.pattern().matcher(text);
        this.firsts = phrases.firsts();
        this.text = text;
        this.overlap = Math.max(0, phrases.longest() - 1);
    }

    /** Whether a match lies wholly inside {@code [from, to)}. */
    boolean within(int from, int to) {
        if (from >= to) {
            return false;
        }
        if (from < origin) {                        // windows went back: forget what was learned
            start = -1;
            scannedTo = from;
        }
        origin = from;
        if (start >= from) {
            return end <= to;
        }
        int searchFrom = Math.max(from, scannedTo - overlap);
        if (firsts != null) {                       // no match begins where no phrase does
            while (searchFrom < to && !firsts.has(text.charAt(searchFrom))) {
                searchFrom++;
            }
        }
        if (searchFrom >= to) {
            start = -1;
            scannedTo = to;
            return false;
        }
        matcher.region(searchFrom, to);
        if (matcher.find()) {
            start = matcher.start();
            end = matcher.end();
            scannedTo = start;
            return true;
        }
        start = -1;
        scannedTo = to;
        return false;
    }
}
