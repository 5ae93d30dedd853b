package cn.fazhi.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer with PDFBox, page by page in reading order. Lines that wrap inside a
 * paragraph are joined (PDFBox's paragraph detection: a larger gap or an indented first line
 * starts a new one), so paragraphs stay paragraphs. A page with images and no text is a scan: it
 * is skipped with a warning, and a document that is nothing but scans is refused, since the
 * platform does not recognize text in images (no OCR).
 */
final class PdfText {

    static final String EXTRACTOR = "Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion();

    private static final int CUT_PARAGRAPH_MIN = 30;
    private static final String ENDS_SENTENCE = "。！？；：…”’）)!?;:.";
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．、])");

    private PdfText() {
    }

    static ReadDocument read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            StringBuilder out = new StringBuilder();
            List<Integer> scanned = new ArrayList<>();
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.isBlank()) {
                    if (hasImages(document.getPage(page - 1))) {
                        scanned.add(page);
                    }
                    continue;
                }
                append(out, TextLayout.normalize(text));
            }
            String text = TextLayout.normalize(out);
            if (text.isBlank()) {
                throw new DocumentRefusedException(Refusal.NO_TEXT_LAYER, "这份 PDF 没有文字层" + (scanned.isEmpty()
                        ? "" : "（" + pages + " 页都是图像）") + "，看来是扫描件；平台不提供图像文字识别（OCR），请上传 Word 文档，"
                        + "或由 Word 直接导出的 PDF");
            }
            List<String> warnings = new ArrayList<>();
            if (!scanned.isEmpty()) {
                warnings.add("第 " + join(scanned) + " 页只有图像、没有文字层，已跳过（不提供 OCR）");
            }
            String title = document.getDocumentInformation().getTitle();
            return new ReadDocument(text, title == null || title.isBlank() ? null : title.strip(), DocumentFormat.PDF,
                    EXTRACTOR, null, warnings);
        } catch (InvalidPasswordException e) {
            throw DocumentReader.encrypted();
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DocumentReader.corrupted(DocumentFormat.PDF, e);
        }
    }

    /**
     * Appends a page's paragraphs. A paragraph that a page break cut in two is joined again: the
     * page ended inside a long paragraph (no sentence-ending punctuation) and the next page does
     * not start with a numbered heading.
     */
    static void append(StringBuilder out, String page) {
        if (out.length() > 0 && !page.isEmpty()) {
            int lastStart = out.lastIndexOf("\n", out.length() - 2) + 1;
            String last = out.substring(lastStart, out.length() - 1);
            if (last.length() > CUT_PARAGRAPH_MIN && ENDS_SENTENCE.indexOf(last.charAt(last.length() - 1)) < 0
                    && !HEADING.matcher(page).lookingAt()) {
                out.setLength(out.length() - 1);
            }
        }
        out.append(page);
    }

    private static boolean hasImages(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name) || resources.getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<Integer> pages) {
        return String.join("、", pages.stream().map(String::valueOf).toList());
    }
}
