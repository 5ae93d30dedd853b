package cn.fazhi.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A Word 97-2003 .doc with Tika's Office parser (POI's HWPF underneath), which renders the list
 * numbers of a .doc and leaves out tracked deletions. Headers, footers and shapes are switched off;
 * the XHTML it writes is laid out here: a paragraph a line, a table row a line with its cells
 * separated by a tab, comments, notes and embedded files left out.
 */
final class DocText {

    static final String EXTRACTOR = "Apache Tika " + org.apache.tika.Tika.class.getPackage().getImplementationVersion()
            + " OfficeParser (HWPF)";
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div");
    private static final Set<String> LEFT_OUT = Set.of("header", "footer", "comment", "annotation", "footnote",
            "endnote", "embedded", "package-entry");

    private DocText() {
    }

    static ReadDocument read(byte[] content) {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        config.setIncludeShapeBasedContent(false);
        config.setExtractMacros(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, config);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, DocumentFormat.DOC.mediaType());
        Layout layout = new Layout();
        try {
            new OfficeParser().parse(new ByteArrayInputStream(content), layout, metadata, context);
        } catch (EncryptedDocumentException | org.apache.poi.EncryptedDocumentException e) {
            throw DocumentReader.encrypted();
        } catch (Exception | LinkageError e) {
            throw DocumentReader.corrupted(DocumentFormat.DOC, e);
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        return new ReadDocument(TextLayout.normalize(layout.out), title == null || title.isBlank() ? null : title.strip(),
                DocumentFormat.DOC, EXTRACTOR, null, List.of());
    }

    /** Lays Tika's XHTML out as the platform's text. */
    private static final class Layout extends DefaultHandler {
        final StringBuilder out = new StringBuilder();
        private final Deque<Boolean> skipped = new ArrayDeque<>();
        private int skipping;
        /** The row being read, its cells so far; null outside a table row. */
        private List<String> row;
        /** The cell being read; null outside a cell. */
        private StringBuilder cell;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            String cls = attributes.getValue("class");
            boolean skip = (cls != null && LEFT_OUT.contains(cls)) || local.equals("head");
            skipped.push(skip);
            if (skip) {
                skipping++;
            }
            if (skipping > 0) {
                return;
            }
            if (local.equals("tr")) {
                row = new ArrayList<>();
            } else if ((local.equals("td") || local.equals("th")) && row != null) {
                cell = new StringBuilder();
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            boolean wasSkipped = !skipped.isEmpty() && skipped.pop();
            if (wasSkipped) {
                skipping--;
                return;
            }
            if (skipping > 0) {
                return;
            }
            if ((local.equals("td") || local.equals("th")) && cell != null) {
                row.add(cell.toString().replaceAll("\\s+", " ").strip());
                cell = null;
            } else if (local.equals("tr") && row != null) {
                if (row.stream().anyMatch(c -> !c.isEmpty())) {
                    out.append(String.join("\t", row)).append('\n');
                }
                row = null;
            } else if (BLOCKS.contains(local)) {
                if (cell != null) {
                    cell.append(' ');
                } else if (row == null) {
                    out.append('\n');
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skipping > 0) {
                return;
            }
            if (cell != null) {
                cell.append(ch, start, length);
            } else if (row == null) {
                out.append(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }
    }
}
