package cn.fazhi.document;

/**
 * Why a file cannot be taken as a report, with the HTTP status and problem type a service answers
 * with. The Chinese detail is in {@link DocumentRefusedException#getMessage()}.
 */
public enum Refusal {
    EMPTY(400, "document-empty", "文件为空"),
    TOO_LARGE(413, "document-too-large", "文件过大"),
    UNSUPPORTED_TYPE(415, "document-type-unsupported", "不支持的文件类型"),
    TYPE_MISMATCH(415, "document-type-mismatch", "文件内容与类型不符"),
    ENCRYPTED(422, "document-encrypted", "文件已加密"),
    CORRUPTED(422, "document-corrupted", "文件已损坏"),
    NO_TEXT_LAYER(422, "document-scanned", "PDF 没有文字层"),
    MACROS(422, "document-macros", "文件包含宏"),
    ZIP_BOMB(422, "document-expands-too-far", "文件解压后过大"),
    UNKNOWN_ENCODING(422, "document-encoding", "无法识别文本编码"),
    TOO_SHORT(422, "document-too-short", "文件中的文字过少");

    private final int status;
    private final String slug;
    private final String title;

    Refusal(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The last part of the problem type URI. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
