package cn.fazhi.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an admin gives up on a dead letter; kept with it. */
@Schema(name = "DiscardRequest")
public record DiscardRequest(
        @Schema(example = "测试数据，报告已由乡镇重新提交", required = true)
        @NotBlank(message = "请说明丢弃的原因") @Size(max = 2000, message = "原因最多2000字") String reason) {
}
