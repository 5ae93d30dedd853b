package cn.fazhi.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a filed report into the text the analysis engine reads, or refuses it with a reason a
 * clerk understands.
 *
 * <p>The content decides what a file is (its first bytes, then the container's parts); the name's
 * extension and the declared media type must agree with it, so a renamed spreadsheet or a scanned
 * PDF is refused instead of being analyzed as an empty or garbled report. Each format is read by
 * the library that keeps its structure best: POI's XWPF for .docx (Word's automatic list numbers
 * are computed, they are not in the text), Tika for .doc, PDFBox for PDF, strict decoders and
 * Tika's detectors for text. Thread-safe and stateless apart from its limits.
 */
public final class DocumentReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private final DocumentLimits limits;

    public DocumentReader(DocumentLimits limits) {
        this.limits = limits;
    }

    public DocumentLimits limits() {
        return limits;
    }

    /**
     * @param content      the file as filed
     * @param fileName     its name as filed (the extension must name an accepted format)
     * @param declaredType the media type the client declared for it, or null
     */
    public ReadDocument read(byte[] content, String fileName, String declaredType) {
        DocumentFormat claimed = claimedFormat(fileName, declaredType);
        if (content.length == 0) {
            throw new DocumentRefusedException(Refusal.EMPTY, "上传的文件“" + fileName + "”是空的（0 字节）");
        }
        if (content.length > limits.maxBytes()) {
            throw new DocumentRefusedException(Refusal.TOO_LARGE, "文件大小为 " + megabytes(content.length)
                    + "，超过了允许的 " + megabytes(limits.maxBytes()));
        }
        Container container = sniff(content);
        ReadDocument read = switch (claimed) {
            case DOCX -> readDocx(content, container);
            case DOC -> readDoc(content, container);
            case PDF -> readPdf(content, container);
            case TEXT -> readText(content, container, fileName);
        };
        long visible = read.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (visible < limits.minTextChars()) {
            throw new DocumentRefusedException(Refusal.TOO_SHORT, "从文件中只读出 " + visible + " 个字，少于一份年度报告至少应有的 "
                    + limits.minTextChars() + " 个字；请检查上传的是否是报告正文");
        }
        return read;
    }

    private ReadDocument readDocx(byte[] content, Container container) {
        if (container == Container.OLE2) {
            if (OfficeContainer.isEncryptedOoxml(content)) {
                throw encrypted();
            }
            throw mismatch(DocumentFormat.DOCX, "Word 97-2003 文档（.doc）或其他 Office 文件");
        }
        if (container != Container.ZIP) {
            throw mismatch(DocumentFormat.DOCX, container.label);
        }
        new ZipInspection(limits).check(content);
        return DocxText.read(content);
    }

    private ReadDocument readDoc(byte[] content, Container container) {
        if (container == Container.ZIP) {
            throw mismatch(DocumentFormat.DOC, "ZIP 压缩包或 .docx 文档");
        }
        if (container != Container.OLE2) {
            throw mismatch(DocumentFormat.DOC, container.label);
        }
        OfficeContainer.checkWordDocument(content);
        return DocText.read(content);
    }

    private ReadDocument readPdf(byte[] content, Container container) {
        if (container != Container.PDF) {
            throw mismatch(DocumentFormat.PDF, container.label);
        }
        return PdfText.read(content);
    }

    private ReadDocument readText(byte[] content, Container container, String fileName) {
        if (container != Container.TEXT) {
            throw mismatch(DocumentFormat.TEXT, container.label);
        }
        return PlainText.read(content, fileName);
    }

    private static DocumentFormat claimedFormat(String fileName, String declaredType) {
        String extension = DocumentFormat.extensionOf(fileName);
        if (extension.equals("docm") || extension.equals("dotm")
                || (declaredType != null && declaredType.toLowerCase().contains("macroenabled"))) {
            throw new DocumentRefusedException(Refusal.MACROS, "启用宏的 Word 文档（." + extension
                    + "）不予接收：宏可能携带恶意代码。请另存为普通的 .docx 后再上传");
        }
        Optional<DocumentFormat> byName = DocumentFormat.byExtension(fileName);
        if (byName.isEmpty()) {
            throw new DocumentRefusedException(Refusal.UNSUPPORTED_TYPE, "不支持“" + (extension.isEmpty() ? "无扩展名"
                    : "." + extension) + "”文件；请上传 .docx、.doc、带文字层的 .pdf 或 .txt 文件");
        }
        Optional<DocumentFormat> byType = DocumentFormat.byMediaType(declaredType);
        if (byType.isPresent() && byType.get() != byName.get()) {
            throw new DocumentRefusedException(Refusal.TYPE_MISMATCH, "文件名“" + fileName + "”表明是"
                    + byName.get().label() + "，但声明的类型是 " + declaredType + "；请确认上传的文件");
        }
        return byName.get();
    }

    private static Container sniff(byte[] content) {
        if (startsWith(content, ZIP)) {
            return Container.ZIP;
        }
        if (startsWith(content, OLE2)) {
            return Container.OLE2;
        }
        int window = Math.min(content.length, 1024);
        String head = new String(content, 0, window, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return Container.PDF;
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) || startsWith(content, new byte[] {(byte) 0xFF,
                (byte) 0xD8, (byte) 0xFF}) || startsWith(content, new byte[] {'{', '\\', 'r', 't', 'f'})) {
            return Container.OTHER;
        }
        return PlainText.looksLikeText(content) ? Container.TEXT : Container.OTHER;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    static DocumentRefusedException mismatch(DocumentFormat claimed, String actually) {
        return new DocumentRefusedException(Refusal.TYPE_MISMATCH, "文件扩展名表明是" + claimed.label() + "，但内容是"
                + actually + "；请上传原始文件，不要只修改扩展名");
    }

    static DocumentRefusedException encrypted() {
        return new DocumentRefusedException(Refusal.ENCRYPTED, "文件设置了打开密码（已加密），平台无法读取；请取消密码保护后重新上传");
    }

    static DocumentRefusedException corrupted(DocumentFormat format, Throwable cause) {
        return new DocumentRefusedException(Refusal.CORRUPTED, format.label() + "已损坏，无法读取（" + cause.getClass()
                .getSimpleName() + "）；请用原软件打开并重新保存后上传", cause);
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (double) DocumentLimits.MEGABYTE);
    }

    /** What the first bytes say the file is. */
    enum Container {
        ZIP("ZIP 压缩包"), OLE2("Office 97-2003 文件"), PDF("PDF 文件"), TEXT("纯文本"), OTHER("其他二进制文件（如图片）");

        final String label;

        Container(String label) {
            this.label = label;
        }
    }
}
