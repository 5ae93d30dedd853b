package cn.fazhi.document;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a township may file its report as. Each is recognized from its content, and the
 * name's extension must say the same, so a renamed file is refused instead of being read wrongly.
 */
public enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word 文档（.docx）"),
    DOC("application/msword", "doc", "Word 97-2003 文档（.doc）"),
    PDF("application/pdf", "pdf", "PDF 文件"),
    TEXT("text/plain", "txt", "纯文本文件（.txt）");

    private final String mediaType;
    private final String extension;
    private final String label;

    DocumentFormat(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** How a clerk calls it, in a message. */
    public String label() {
        return label;
    }

    /** The format a file name's extension claims, if it is one of ours. */
    public static Optional<DocumentFormat> byExtension(String fileName) {
        String extension = extensionOf(fileName);
        for (DocumentFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a declared media type claims; empty for none or a generic one (octet-stream). */
    public static Optional<DocumentFormat> byMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }
}
