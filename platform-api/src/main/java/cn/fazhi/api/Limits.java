package cn.fazhi.api;

/** Bounds of what the API accepts; a report is 10–20 KB of prose, so these leave a wide margin. */
public final class Limits {

    public static final int FIRST_YEAR = 2000;
    /** A static upper bound; report-service also refuses years after the current one. */
    public static final int LAST_YEAR = 2100;
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 200_000;
    /** The largest report file taken as an upload (20 MB); the request may be a little larger (the form around it). */
    public static final long UPLOAD_MAX_BYTES = 20L * 1024 * 1024;
    public static final int PAGE_SIZE_MAX = 100;
    /** The last page number a list accepts: 10 million items at the largest page size, and no offset overflows. */
    public static final int PAGE_MAX = 100_000;

    private Limits() {
    }
}
