package cn.fazhi.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values a report's own figures allow, both ends included: what a client shows next to a
 * contradicted figure ("stated 98 %, the counts allow 75 %–80 %") without parsing the message.
 */
@Schema(name = "Range", description = "what a report's own figures allow instead of a contradicted one: the rates "
        + "its numerator and denominator give, the sum of the parts, the value stated first, the submission's year; "
        + "values from lo to hi, both included; hi null: no upper bound")
public record RangeView(
        @Schema(example = "75") BigDecimal lo,
        @Schema(description = "null when nothing the report states bounds it from above (a part stated as 超过2000份)",
                example = "80", nullable = true) BigDecimal hi) {
}
