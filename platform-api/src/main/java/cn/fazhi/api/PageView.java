package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, numbered from 0. */
@Schema(name = "Page")
public record PageView<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "items over all pages", example = "3") long total) {
}
