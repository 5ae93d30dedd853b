package cn.fazhi.document;

/** The file cannot be read faithfully; the message says why in Chinese, for the clerk who filed it. */
public class DocumentRefusedException extends RuntimeException {

    private final Refusal refusal;

    public DocumentRefusedException(Refusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public DocumentRefusedException(Refusal refusal, String detail, Throwable cause) {
        super(detail, cause);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
