package cn.fazhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.analysis.Heading;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.SampleDocuments;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each accepted format read from a document built from a sample report, compared with the
 * sample's own text and with the engine's reading of it; and each bad file refused for its reason.
 */
class DocumentReaderTest {

    private static final ReportAnalyzer ENGINE = new ReportAnalyzer();
    private static final String SAMPLE = Fixtures.report(Fixtures.BAOCHANG_2024);
    private final DocumentReader reader = new DocumentReader(DocumentLimits.standard());

    @Test
    void wordNumberingIsRenderedSoTheOutlineReadsAsInTheText() {
        byte[] docx = SampleDocuments.docxWithNumberedHeadings(SAMPLE);
        assertFalse(new String(docx, StandardCharsets.ISO_8859_1).contains("一、"), "numbers must not be in the file");

        ReadDocument read = reader.read(docx, "包场镇2024年度报告.docx", SampleDocuments.DOCX);

        assertEquals(SampleDocuments.paragraphs(SAMPLE), read.text().lines().toList());
        assertEquals("2024年度包场镇法治政府建设工作报告", read.title());
        assertEquals(DocumentFormat.DOCX, read.format());
        assertTrue(read.extractor().startsWith("Apache POI XWPF"), read.extractor());
        assertSameOutline(SAMPLE, read.text());
    }

    @Test
    void aTableIsOneLinePerRow() {
        List<List<String>> rows = List.of(List.of("指标", "2023年", "2024年"), List.of("行政诉讼一审案件（宗）", "10", "12"));
        ReadDocument read = reader.read(SampleDocuments.docxWithTable(SAMPLE, rows), "report.docx", null);

        List<String> lines = read.text().lines().toList();
        List<String> paragraphs = SampleDocuments.paragraphs(SAMPLE);
        assertEquals(paragraphs.get(1), lines.get(1));
        assertEquals("指标\t2023年\t2024年", lines.get(2));
        assertEquals("行政诉讼一审案件（宗）\t10\t12", lines.get(3));
        assertEquals(paragraphs.get(2), lines.get(4));
        assertEquals(paragraphs.size() + 2, lines.size());
    }

    @Test
    void headersFootersCommentsDeletionsAndHiddenTextAreLeftOut() {
        ReadDocument read = reader.read(SampleDocuments.docxWithUnprintedText(SAMPLE, "不应出现"), "report.docx", null);

        assertFalse(read.text().contains("不应出现"), read.text().substring(0, 600));
        assertEquals(SampleDocuments.paragraphs(SAMPLE), read.text().lines().toList());
    }

    @Test
    void aWord97DocumentKeepsItsParagraphsAndTable() {
        ReadDocument read = reader.read(SampleDocuments.baochangDoc(), "baochang-2024.doc", "application/msword");

        assertEquals(DocumentFormat.DOC, read.format());
        List<String> lines = read.text().lines().toList();
        List<String> paragraphs = SampleDocuments.paragraphs(SAMPLE);
        assertEquals(paragraphs, lines.subList(0, paragraphs.size()));
        assertEquals("项目\t数量", lines.get(paragraphs.size()));
        assertEquals("行政诉讼一审案件\t12宗", lines.get(paragraphs.size() + 1));
        assertSameOutline(SAMPLE, read.text());
    }

    @Test
    void aPdfKeepsItsParagraphsAndItsOutline() {
        ReadDocument read = reader.read(SampleDocuments.pdf(SAMPLE, false), "report.pdf", SampleDocuments.PDF);

        assertEquals(DocumentFormat.PDF, read.format());
        assertEquals(List.of(), read.warnings());
        assertEquals(SampleDocuments.paragraphs(SAMPLE), read.text().lines().map(String::strip).toList());
        assertSameOutline(SAMPLE, read.text());
    }

    @Test
    void anImageOnlyPageIsSkippedWithAWarning() {
        byte[] pdf = SampleDocuments.pdf(SAMPLE, true);
        ReadDocument read = reader.read(pdf, "report.pdf", null);

        assertEquals(1, read.warnings().size());
        assertTrue(read.warnings().get(0).contains("只有图像"), read.warnings().get(0));
        assertSameOutline(SAMPLE, read.text());
    }

    @Test
    void textFilesInEveryAcceptedEncodingReadAlike() {
        record Case(byte[] bytes, String encoding) {
        }
        List<Case> cases = List.of(
                new Case(SampleDocuments.encoded(SAMPLE, StandardCharsets.UTF_8), "UTF-8"),
                new Case(SampleDocuments.encoded(SAMPLE, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                        "UTF-8 (BOM)"),
                new Case(SampleDocuments.encoded(SAMPLE, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
                        "UTF-16LE (BOM)"),
                new Case(SampleDocuments.encoded(SAMPLE, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF),
                        "UTF-16BE (BOM)"),
                new Case(SampleDocuments.encoded(SAMPLE, Charset.forName("GBK")), "GB18030"),
                new Case(SampleDocuments.encoded(SAMPLE.replace("\n", "\r\n"), Charset.forName("GB18030")), "GB18030"));
        for (Case c : cases) {
            ReadDocument read = reader.read(c.bytes(), "报告.txt", "text/plain");
            assertEquals(c.encoding(), read.encoding());
            assertEquals(SAMPLE, read.text(), c.encoding());
        }
    }

    @Test
    void badFilesAreRefusedForTheirReason() {
        byte[] docx = SampleDocuments.docxWithNumberedHeadings(SAMPLE);
        byte[] pdf = SampleDocuments.pdf(SAMPLE, false);
        assertRefused(Refusal.EMPTY, new byte[0], "report.docx", null);
        assertRefused(Refusal.TOO_LARGE, new byte[21 * 1024 * 1024], "report.txt", null);
        assertRefused(Refusal.UNSUPPORTED_TYPE, docx, "report.odt", null);
        assertRefused(Refusal.TYPE_MISMATCH, SampleDocuments.png(), "report.docx", null);
        assertRefused(Refusal.TYPE_MISMATCH, docx, "report.pdf", null);
        assertRefused(Refusal.TYPE_MISMATCH, pdf, "report.docx", null);
        assertRefused(Refusal.TYPE_MISMATCH, SampleDocuments.xlsx(), "report.docx", null);
        assertRefused(Refusal.TYPE_MISMATCH, docx, "report.docx", "application/pdf");
        assertRefused(Refusal.TYPE_MISMATCH, docx, "report.doc", null);
        assertRefused(Refusal.TYPE_MISMATCH, SampleDocuments.png(), "report.txt", null);
        assertRefused(Refusal.ENCRYPTED, SampleDocuments.encryptedDocx(docx), "report.docx", null);
        assertRefused(Refusal.ENCRYPTED, SampleDocuments.encryptedPdf(SAMPLE), "report.pdf", null);
        assertRefused(Refusal.CORRUPTED, Arrays.copyOf(docx, docx.length / 2), "report.docx", null);
        assertRefused(Refusal.CORRUPTED, Arrays.copyOf(pdf, 400), "report.pdf", null);
        assertRefused(Refusal.CORRUPTED, Arrays.copyOf(SampleDocuments.baochangDoc(), 3000), "report.doc", null);
        Refusal scanned = assertRefused(Refusal.NO_TEXT_LAYER, SampleDocuments.scannedPdf(2), "report.pdf", null);
        assertNotNull(scanned);
        assertRefused(Refusal.MACROS, SampleDocuments.withMacros(docx), "report.docx", null);
        assertRefused(Refusal.MACROS, docx, "report.docm", null);
        assertRefused(Refusal.ZIP_BOMB, SampleDocuments.zipBomb(docx, 300), "report.docx", null);
        assertRefused(Refusal.TOO_SHORT, SampleDocuments.docxWithNumberedHeadings("2024年度报告\n一、工作\n很好。"),
                "report.docx", null);
        assertRefused(Refusal.TOO_SHORT, "报告".getBytes(StandardCharsets.UTF_8), "report.txt", null);
    }

    @Test
    void theScanRefusalSaysThatNoOcrIsOffered() {
        DocumentRefusedException refused = assertThrows(DocumentRefusedException.class,
                () -> reader.read(SampleDocuments.scannedPdf(1), "scan.pdf", null));
        assertTrue(refused.getMessage().contains("扫描件") && refused.getMessage().contains("OCR"), refused.getMessage());
    }

    @Test
    void chineseCountingReadsAsWordShowsIt() {
        List<String> shown = new ArrayList<>();
        for (int n : new int[] {1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1005}) {
            shown.add(ListNumbers.format(n, "chineseCounting"));
        }
        assertEquals(List.of("一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一千零五"),
                shown);
        assertEquals("甲", ListNumbers.format(1, "ideographTraditional"));
        assertEquals("③", ListNumbers.format(3, "decimalEnclosedCircle"));
        assertEquals("拾", ListNumbers.format(10, "chineseLegalSimplified"));
    }

    private Refusal assertRefused(Refusal expected, byte[] content, String name, String type) {
        DocumentRefusedException refused = assertThrows(DocumentRefusedException.class,
                () -> reader.read(content, name, type), expected + " for " + name);
        assertEquals(expected, refused.refusal(), name + ": " + refused.getMessage());
        assertTrue(refused.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), refused.getMessage());
        return refused.refusal();
    }

    private static void assertSameOutline(String expected, String actual) {
        ReportAnalysis fromText = ENGINE.analyze(expected);
        ReportAnalysis fromDocument = ENGINE.analyze(actual);
        assertEquals(outline(fromText.outline()), outline(fromDocument.outline()));
        assertEquals(fromText.sections().stream().map(s -> s.code() + "=" + s.present()).toList(),
                fromDocument.sections().stream().map(s -> s.code() + "=" + s.present()).toList());
        assertFalse(fromText.outline().isEmpty());
    }

    private static List<String> outline(List<Heading> headings) {
        List<String> flat = new ArrayList<>();
        for (Heading heading : headings) {
            flat.add(heading.level() + " " + heading.marker() + " " + heading.title() + " " + heading.section());
            flat.addAll(outline(heading.children()));
        }
        return flat;
    }
}
