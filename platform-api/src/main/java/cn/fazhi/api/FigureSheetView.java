package cn.fazhi.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of one submitted version: every catalogued indicator the engine read or the clerk
 * added, in catalog order. On the approved version ({@code official}) each figure's
 * {@code value}/{@code source} is the official figure of the report.
 */
@Schema(name = "FigureSheet")
public record FigureSheetView(
        @Schema(example = "6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11") UUID reportId,
        @Schema(example = "1") int version,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        @Schema(description = "true for the report's approved version: its figures are the official ones")
        boolean official,
        @Schema(description = "true while the township's clerk may still decide: the version is neither approved nor "
                + "superseded by a newer one")
        boolean open,
        List<FigureView> figures) {
}
