package cn.fazhi.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer of the platform.
 *
 * <p>{@code title} and {@code detail} are in Chinese because a township clerk reads them in the
 * portal; {@code type} is stable and machine-readable, so a portal can branch on it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(example = "https://fazhi.cn/problems/validation") URI type,
        @Schema(example = "请求内容不符合要求") String title,
        @Schema(example = "400") int status,
        @Schema(example = "乡镇代码必须是9位数字的行政区划代码") String detail,
        @Schema(example = "/reports") String instance,
        @Schema(description = "one entry per rejected field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://fazhi.cn/problems/";

    /** One rejected field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "townshipCode") String field,
            @Schema(example = "乡镇代码必须是9位数字的行政区划代码") String message) {
    }
}
