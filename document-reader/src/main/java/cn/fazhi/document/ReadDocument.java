package cn.fazhi.document;

import java.util.List;

/**
 * What was read from a file: the text as a person sees the document (paragraphs one per line,
 * outline numbers rendered, tables one line per row), the document's own title if it states one,
 * and how the text was got.
 *
 * @param text      the extracted text; becomes the version's text, so analysis offsets point into it
 * @param title     the document's own title (a Title-styled paragraph or its properties), or null
 * @param format    what the content is
 * @param extractor what read it, e.g. {@code Apache POI XWPF 5.5.1}
 * @param encoding  the character encoding of a text file (null for the others)
 * @param warnings  what was left out that a person might look for, in Chinese
 */
public record ReadDocument(String text, String title, DocumentFormat format, String extractor, String encoding,
        List<String> warnings) {

    public ReadDocument {
        warnings = List.copyOf(warnings);
    }
}
