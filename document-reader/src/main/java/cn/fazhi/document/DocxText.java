package cn.fazhi.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A .docx as a person reads it, with POI's XWPF: the body's paragraphs one per line, each with
 * the list number Word shows before it ({@link WordNumbering}); a table one line per row, its
 * cells separated by a tab. What Word does not print in the body is left out: headers, footers,
 * comments and footnotes (they are not body elements), tracked deletions and moves away
 * ({@code w:del}, {@code w:moveFrom}), hidden runs ({@code w:vanish}) and field instructions.
 */
final class DocxText {

    static final String EXTRACTOR = "Apache POI XWPF " + org.apache.poi.Version.getVersion();
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxText() {
    }

    static ReadDocument read(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            WordNumbering numbering = new WordNumbering(document);
            StringBuilder out = new StringBuilder();
            String title = null;
            List<String> warnings = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = paragraphText(paragraph);
                    String label = numbering.label(paragraph);
                    if (title == null && isTitle(document, paragraph) && !text.isBlank()) {
                        title = text.strip();
                    }
                    out.append(label).append(text).append('\n');
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, out);
                } else if (element instanceof XWPFSDT block) {
                    out.append(block.getContent().getText()).append('\n');
                }
            }
            if (title == null) {
                String stated = document.getProperties().getCoreProperties().getTitle();
                title = stated == null || stated.isBlank() ? null : stated.strip();
            }
            return new ReadDocument(TextLayout.normalize(out), title, DocumentFormat.DOCX, EXTRACTOR, null, warnings);
        } catch (EncryptedDocumentException e) {
            throw DocumentReader.encrypted();
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw DocumentReader.corrupted(DocumentFormat.DOCX, e);
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    String part = paragraphText(paragraph).strip();
                    if (!part.isEmpty()) {
                        text.append(text.length() == 0 ? "" : " ").append(part);
                    }
                }
                for (XWPFTable nested : cell.getTables()) {
                    StringBuilder inner = new StringBuilder();
                    appendTable(nested, inner);
                    text.append(text.length() == 0 ? "" : " ").append(inner.toString().strip().replace('\n', ' '));
                }
                cells.add(text.toString());
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                out.append(String.join("\t", cells)).append('\n');
            }
        }
    }

    private static boolean isTitle(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyle();
        if (id == null || document.getStyles() == null) {
            return false;
        }
        XWPFStyle style = document.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("title") || name.equals("标题");
    }

    /** The printed text of one paragraph, read from its XML. */
    static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        new RunWalker(out).children(paragraph.getCTP().getDomNode());
        return out.toString();
    }

    /** Walks a paragraph's runs in order, tracking whether a complex field's instruction or result is being read. */
    private static final class RunWalker {
        private final StringBuilder out;
        /** Open complex fields, innermost last: true while its instruction part is read (its result part is printed). */
        private final java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();

        RunWalker(StringBuilder out) {
            this.out = out;
        }

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && W.equals(element.getNamespaceURI())) {
                    switch (element.getLocalName()) {
                        case "r" -> run(element);
                        case "ins", "moveTo", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple",
                                "customXml", "bdo", "dir" -> children(element);
                        default -> {
                            // w:del, w:moveFrom (tracked away), w:pPr, bookmarks, comment marks: not printed text
                        }
                    }
                }
            }
        }

        private void run(Element run) {
            if (hidden(run)) {
                return;
            }
            for (Node child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                    continue;
                }
                switch (element.getLocalName()) {
                    case "fldChar" -> {
                        String type = element.getAttributeNS(W, "fldCharType");
                        if ("begin".equals(type)) {
                            fields.addLast(true);
                        } else if ("separate".equals(type) && !fields.isEmpty()) {
                            fields.removeLast();
                            fields.addLast(false);
                        } else if ("end".equals(type) && !fields.isEmpty()) {
                            fields.removeLast();
                        }
                    }
                    case "t" -> {
                        if (printing()) {
                            appendText(element, out);
                        }
                    }
                    case "tab", "ptab" -> out.append(printing() ? "\t" : "");
                    case "br", "cr" -> out.append(printing() && !"page".equals(element.getAttributeNS(W, "type"))
                            ? "\n" : "");
                    case "noBreakHyphen" -> out.append('-');
                    default -> {
                        // w:delText, w:instrText, w:footnoteReference, drawings: not printed body text
                    }
                }
            }
        }

        private static void appendText(Node node, StringBuilder out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    out.append(child.getNodeValue());
                }
            }
        }

        private boolean printing() {
            return !fields.contains(true);
        }

        /** A run whose {@code w:vanish} is on: hidden text. */
        private static boolean hidden(Element run) {
            for (Node child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element rPr && "rPr".equals(rPr.getLocalName())) {
                    for (Node p = rPr.getFirstChild(); p != null; p = p.getNextSibling()) {
                        if (p instanceof Element property && "vanish".equals(property.getLocalName())) {
                            String val = property.getAttributeNS(W, "val");
                            return !(val.equals("0") || val.equals("false") || val.equals("off"));
                        }
                    }
                }
            }
            return false;
        }
    }
}
