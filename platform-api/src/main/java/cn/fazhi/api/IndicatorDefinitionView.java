package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One catalogued question (ANALYSIS.md §2) as the catalog in force defines it: what a figure is read as. */
@Schema(name = "IndicatorDefinition")
public record IndicatorDefinitionView(
        @Schema(description = "stable identifier, area.question", example = "disputes.resolution_rate") String code,
        @Schema(description = "the question in Chinese", example = "调解成功率、化解率") String name,
        @Schema(description = "the unit family its value is counted in", example = "%") String unit,
        @Schema(description = "the unit families it accepts", example = "[\"%\"]") List<String> units,
        @Schema(description = "sum: added up across townships; rate: recomputed from numerator / denominator",
                example = "rate", enumeration = {"sum", "rate"})
        String aggregation,
        @Schema(description = "category of the national demonstration indicator system", example = "disputes")
        String area,
        @Schema(description = "what, before the number, identifies the question; … stands for a short gap",
                example = "[\"化解率\", \"调解成功率\", \"成功率\"]")
        List<String> phrases,
        @Schema(description = "words that, in the same clause, mean another question") List<String> excludes,
        @Schema(description = "words that make a zero a sub-kind's, which does not feed this total")
        List<String> subkinds,
        @Schema(description = "for a rate, the indicator it is recomputed from", example = "disputes.resolved",
                nullable = true)
        String numerator,
        @Schema(description = "for a rate, the indicator it is divided by", example = "disputes.received",
                nullable = true)
        String denominator,
        @Schema(description = "what the sentence must be about (one of them within it)", example = "[\"法治\", \"学法\"]")
        List<String> topics,
        @Schema(description = "who must be named in the sentence or the one before", example = "[\"法律顾问\", \"律师\"]")
        List<String> actors,
        @Schema(description = "who the counted thing is for or by; decides between two questions counting the same thing",
                example = "[\"中心组\", \"班子\"]")
        List<String> audience) {
}
