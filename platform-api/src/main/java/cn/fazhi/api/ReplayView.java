package cn.fazhi.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dead letters sent back to their topic; their consumers apply each once (through their inbox). */
@Schema(name = "Replay")
public record ReplayView(
        @Schema(example = "2") int replayed,
        List<UUID> ids) {
}
