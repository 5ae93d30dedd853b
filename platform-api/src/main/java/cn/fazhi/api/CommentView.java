package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Feedback on a version, with the passage it points at. */
@Schema(name = "Comment")
public record CommentView(UUID id, UUID caseId, String author, @Schema(example = "COUNTY") String level, String text,
        Integer start, Integer end, @Schema(description = "the text of the passage the comment points at") String passage,
        String findingCode, OffsetDateTime createdAt) {
}
