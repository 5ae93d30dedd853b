package cn.fazhi.gateway.rest;

import cn.fazhi.common.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one OpenAPI document of the platform's public API. Error answers are declared once here
 * and referenced by every operation.
 */
@OpenAPIDefinition(
        info = @Info(title = "法治政府建设年度报告平台 API", version = "1",
                description = """
                        Townships submit their annual report on building rule-of-law government (法治政府建设年度报告); \
                        the platform stores every version, reads the figures out of the prose and opens a review case.

                        **Authentication**: every operation needs `Authorization: Bearer <access token>` from the \
                        platform's Keycloak realm `fazhi`. Roles come from realm roles (`reporter`, `reviewer`, `admin`, \
                        `viewer`, `portal`); the caller's place is the token claim `org_code` (行政区划代码). Each \
                        caller sees only the townships whose code starts with their `org_code`.

                        **Errors** are RFC 9457 `application/problem+json` with a Chinese `title`/`detail`, a stable \
                        `type` to branch on, and `errors[]` naming each rejected field."""),
        security = @SecurityRequirement(name = "keycloak"),
        tags = {
                @Tag(name = "reports", description = "提交与查询年度报告"),
                @Tag(name = "analysis", description = "报告中读出的数字"),
                @Tag(name = "reviews", description = "审核案卷")},
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400", description = "请求内容不符合要求",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unauthorized", responseCode = "401", description = "缺少或无效的访问令牌",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "角色或所属地区不允许",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "资源不存在",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "与当前状态冲突",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "TooLarge", responseCode = "413", description = "请求体过大（上限 2 MB）",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unavailable", responseCode = "503", description = "后端服务暂不可用，可稍后重试",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token of the Keycloak realm `fazhi` (see the README for the demo users)")
public class PublicApi extends Application {
}
