package cn.fazhi.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLevelSuffix;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The sample reports ({@link Fixtures}) filed as a township would file them: Word documents whose
 * headings are numbered by Word (the numbers are not in the text: heading styles linked to a
 * chineseCounting list, and directly numbered paragraphs), a Word document with a table, a PDF
 * with a CJK font, text in GBK and UTF-16; and the bad files the upload must refuse. Built with
 * POI and PDFBox from the sample's text, so a test compares what is read with what was written.
 *
 * <p>The PDF font is a subset of WenQuanYi Micro Hei (Apache-2.0) with the samples' characters
 * only, so no CJK font need be installed. The .doc (which POI cannot write) was converted once
 * from the Baochang sample with LibreOffice; it is a resource here.
 */
public final class SampleDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十]+、(.*)$");
    private static final Pattern LEVEL_2 = Pattern.compile("^（[一二三四五六七八九十]+）(.*)$");

    private SampleDocuments() {
    }

    /** The sample's lines without their blank and trailing whitespace: what a reader should give back for a .docx. */
    public static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The sample as a Word document: the first line a Title-styled paragraph, "一、" headings as
     * {@code Heading1} (numbered through the style), "（一）" paragraphs numbered directly at level 2;
     * none of the numbers is in the text.
     */
    public static byte[] docxWithNumberedHeadings(String text) {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = outlineList(document);
            List<String> lines = paragraphs(text);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                XWPFParagraph paragraph = document.createParagraph();
                Matcher first = LEVEL_1.matcher(line);
                Matcher second = LEVEL_2.matcher(line);
                if (i == 0) {
                    paragraph.setStyle("Title");
                    paragraph.createRun().setText(line);
                } else if (first.matches()) {
                    paragraph.setStyle("Heading1");
                    paragraph.createRun().setText(first.group(1));
                } else if (second.matches()) {
                    paragraph.setNumID(list);
                    paragraph.setNumILvl(BigInteger.ONE);
                    paragraph.createRun().setText(second.group(1));
                } else {
                    paragraph.createRun().setText(line);
                }
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample as plain paragraphs, with a table after the second paragraph. */
    public static byte[] docxWithTable(String text, List<List<String>> rows) {
        try (XWPFDocument document = new XWPFDocument()) {
            List<String> lines = paragraphs(text);
            for (int i = 0; i < lines.size(); i++) {
                document.createParagraph().createRun().setText(lines.get(i));
                if (i == 1) {
                    XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
                    for (int r = 0; r < rows.size(); r++) {
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                        }
                    }
                }
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample with what Word does not print in the body: a header and a footer, a hidden run,
     * a tracked deletion and a comment, each with the given marker text.
     */
    public static byte[] docxWithUnprintedText(String text, String marker) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉" + marker);
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页脚" + marker);
            List<String> lines = paragraphs(text);
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(lines.get(i));
                if (i == 2) {
                    XWPFRun hidden = paragraph.createRun();
                    hidden.setText("隐藏" + marker);
                    hidden.setVanish(true);
                    CTRunTrackChange deletion = paragraph.getCTP().addNewDel();
                    deletion.setId(BigInteger.ONE);
                    deletion.setAuthor("clerk");
                    CTR deleted = deletion.addNewR();
                    deleted.addNewDelText().setStringValue("删除" + marker);
                    BigInteger id = BigInteger.ONE;
                    document.createComments().createComment(id).createParagraph().createRun().setText("批注" + marker);
                    paragraph.getCTP().addNewCommentRangeStart().setId(id);
                    paragraph.getCTP().addNewCommentRangeEnd().setId(id);
                    paragraph.getCTP().addNewR().addNewCommentReference().setId(id);
                }
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample as a PDF: paragraphs set apart by a gap and a first-line indent, lines wrapped. */
    public static byte[] pdf(String text, boolean withScannedPage) {
        try (PDDocument document = new PDDocument()) {
            PdfWriter writer = new PdfWriter(document);
            for (String paragraph : paragraphs(text)) {
                writer.paragraph(paragraph);
            }
            writer.close();
            if (withScannedPage) {
                scannedPage(document);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: pages that are images only, no text layer. */
    public static byte[] scannedPdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                scannedPage(document);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    public static byte[] encryptedPdf(String text) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(text, false))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx with an opening password (POI's agile encryption: an OLE2 file holding the encrypted package). */
    public static byte[] encryptedDocx(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                    OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .docx with a VBA project added, as Word saves a macro-enabled document's code. */
    public static byte[] withMacros(byte[] docx) {
        return withEntry(docx, "word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 1});
    }

    /** The .docx with an entry of {@code megabytes} MB of zeros: a few hundred KB that expand past any sane limit. */
    public static byte[] zipBomb(byte[] docx, int megabytes) {
        return withEntry(docx, "word/media/image1.bin", new byte[megabytes * 1024 * 1024]);
    }

    /** A spreadsheet: a zip like a .docx, but without a Word document inside. */
    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("表").createRow(0).createCell(0).setCellValue("报告");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG image. */
    public static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Baochang sample as a Word 97-2003 .doc (converted once with LibreOffice), with a two-row table at its end. */
    public static byte[] baochangDoc() {
        return resource("documents/baochang-2024.doc");
    }

    /** The text in an encoding, with a byte order mark first if asked. */
    public static byte[] encoded(String text, Charset charset, byte... byteOrderMark) {
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[byteOrderMark.length + body.length];
        System.arraycopy(byteOrderMark, 0, out, 0, byteOrderMark.length);
        System.arraycopy(body, 0, out, byteOrderMark.length, body.length);
        return out;
    }

    private static BigInteger outlineList(XWPFDocument document) {
        CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
        outline.setAbstractNumId(BigInteger.ONE);
        level(outline, 0, STNumberFormat.CHINESE_COUNTING, "%1、", "Heading1");
        level(outline, 1, STNumberFormat.CHINESE_COUNTING, "（%2）", null);
        level(outline, 2, STNumberFormat.DECIMAL, "%3.", null);
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(outline));
        BigInteger numId = numbering.addNum(abstractId);

        XWPFStyles styles = document.createStyles();
        CTStyle heading = CTStyle.Factory.newInstance();
        heading.setStyleId("Heading1");
        heading.setType(STStyleType.PARAGRAPH);
        heading.addNewName().setVal("heading 1");
        CTPPrGeneral ppr = heading.addNewPPr();
        CTNumPr numPr = ppr.addNewNumPr();
        numPr.addNewNumId().setVal(numId);
        numPr.addNewIlvl().setVal(BigInteger.ZERO);
        ppr.addNewOutlineLvl().setVal(BigInteger.ZERO);
        styles.addStyle(new XWPFStyle(heading, styles));
        CTStyle title = CTStyle.Factory.newInstance();
        title.setStyleId("Title");
        title.setType(STStyleType.PARAGRAPH);
        title.addNewName().setVal("Title");
        styles.addStyle(new XWPFStyle(title, styles));
        return numId;
    }

    private static void level(CTAbstractNum list, int ilvl, STNumberFormat.Enum format, String text, String style) {
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewSuff().setVal(STLevelSuffix.NOTHING);
        if (style != null) {
            level.addNewPStyle().setVal(style);
        }
    }

    private static void scannedPage(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document,
                new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 50, 50, 400, 560);
        }
    }

    private static byte[] withEntry(byte[] docx, String name, byte[] content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleDocuments.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes paragraphs onto A4 pages in the subset CJK font, wrapping lines and starting pages as needed. */
    private static final class PdfWriter {
        private static final float SIZE = 11;
        private static final float LEADING = 16;
        private static final float MARGIN = 56;
        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument document) throws IOException {
            this.document = document;
            try (InputStream in = SampleDocuments.class.getClassLoader()
                    .getResourceAsStream("documents/wqy-microhei-subset.ttf")) {
                this.font = PDType0Font.load(document, in);
            }
        }

        void paragraph(String text) throws IOException {
            boolean heading = LEVEL_1.matcher(text).matches();
            float indent = heading ? 0 : 2 * SIZE;
            List<String> lines = wrap(text, indent);
            for (int i = 0; i < lines.size(); i++) {
                if (content == null || y < MARGIN + LEADING) {
                    newPage();
                }
                content.beginText();
                content.setFont(font, SIZE);
                content.newLineAtOffset(MARGIN + (i == 0 ? indent : 0), y);
                content.showText(lines.get(i));
                content.endText();
                y -= LEADING;
            }
            y -= LEADING;
        }

        private List<String> wrap(String text, float indent) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float available = width - indent;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (font.getStringWidth(line + ch) / 1000 * SIZE > available) {
                    lines.add(line.toString());
                    line.setLength(0);
                    available = width;
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
