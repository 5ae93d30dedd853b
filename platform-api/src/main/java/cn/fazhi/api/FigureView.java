package cn.fazhi.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator of a version as the engine read it and as the clerk decided: a reviewer sees the
 * engine's value beside the clerk's, and {@code value}/{@code source} say which figure counts. On
 * the approved version (the sheet is {@code official}) that figure is the official one.
 */
@Schema(name = "Figure")
public record FigureView(
        @Schema(example = "disputes.received") String code,
        @Schema(example = "受理、排查发现或调解的矛盾纠纷数") String name,
        @Schema(description = "the unit family the values are counted in", example = "件") String unit,
        @Schema(description = "ENGINE_ONLY: nobody has confirmed the engine's figure yet; otherwise the clerk's latest "
                + "decision", example = "CORRECTED",
                enumeration = {"ENGINE_ONLY", "CONFIRMED", "CORRECTED", "REJECTED", "ADDED"})
        String status,
        @Schema(description = "what the engine read, with its evidence; null when it read nothing for this indicator",
                nullable = true)
        IndicatorView engine,
        @Schema(description = "the clerk's latest decision; null while there is none", nullable = true)
        FigureDecisionView decision,
        @Schema(description = "the figure that counts: the clerk's when decided, else the engine's; null when rejected",
                example = "48", nullable = true)
        BigDecimal value,
        @Schema(description = "whose figure counts: CLERK (confirmed, corrected or added) or ENGINE (unconfirmed); "
                + "null when rejected", example = "CLERK", enumeration = {"ENGINE", "CLERK"}, nullable = true)
        String source,
        @Schema(description = "true when the figure that counts is the clerk's own statement, with no passage")
        boolean clerkStated,
        @Schema(description = "the passages the figure that counts rests on") List<SpanView> evidence,
        @Schema(description = "true when the engine, having read the version again since the clerk's decision, now reads "
                + "a value that is neither what it read then nor the clerk's figure: the clerk's figure still counts, "
                + "and should be looked at again") boolean engineDisagrees) {
}
