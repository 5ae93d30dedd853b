package cn.fazhi.document;

/**
 * The bounds a filed document must keep.
 *
 * @param maxBytes          the largest file taken (20 MB)
 * @param maxExpandedBytes  how far a .docx may expand when unzipped, in all (a zip bomb passes it)
 * @param maxEntryRatio     how many times larger than its compressed size one zip entry may become
 * @param minTextChars      the fewest non-blank characters a report's text may have
 */
public record DocumentLimits(long maxBytes, long maxExpandedBytes, int maxEntryRatio, int minTextChars) {

    public static final long MEGABYTE = 1024L * 1024L;

    /** 20 MB files, 200 MB unzipped, an entry at most 200 times its compressed size, 200 characters of text. */
    public static DocumentLimits standard() {
        return new DocumentLimits(20 * MEGABYTE, 200 * MEGABYTE, 200, 200);
    }
}
