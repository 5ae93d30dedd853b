package cn.fazhi.document;

/**
 * The layout every extracted document shares: one paragraph per line ending in {@code \n}, no line
 * with trailing blanks and no empty line (an empty paragraph in Word or a gap in a PDF is spacing,
 * not text). The engine reads paragraphs and headings line by line, so this is what makes a .docx
 * and its plain text read alike.
 */
final class TextLayout {

    private TextLayout() {
    }

    static String normalize(CharSequence raw) {
        String text = raw.toString().replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n')
                .replace('\f', '\n').replace("\u0000", "");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String kept = line.stripTrailing();
            if (!kept.isBlank()) {
                out.append(kept).append('\n');
            }
        }
        return out.toString();
    }

    /** A text file's own text: only its line endings unified, so that nothing the clerk wrote moves. */
    static String lineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
