package cn.fazhi.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two versions of a report, paragraph by paragraph. */
@Schema(name = "VersionDiff")
public record DiffView(UUID reportId, @Schema(example = "1") int from, @Schema(example = "2") int to,
        List<Paragraph> paragraphs) {

    /**
     * One paragraph of either version.
     *
     * @param change    SAME, ADDED (only in {@code to}) or REMOVED (only in {@code from})
     * @param fromIndex its index among {@code from}'s paragraphs, or -1
     * @param toIndex   its index among {@code to}'s paragraphs, or -1
     */
    @Schema(name = "DiffParagraph")
    public record Paragraph(@Schema(enumeration = {"SAME", "ADDED", "REMOVED"}) String change, String text,
            int fromIndex, int toIndex) {
    }
}
