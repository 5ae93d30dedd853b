package cn.fazhi.api;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return or an approval, with an optional comment (a return needs at least one comment on the case). */
@Schema(name = "DecisionRequest")
public record DecisionRequest(@Valid CommentRequest comment) {
}
