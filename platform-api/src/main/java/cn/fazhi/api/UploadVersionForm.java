package cn.fazhi.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A returned report's revised version filed as a document, as {@link ResubmitRequest} with the text read from the file. */
@Schema(name = "UploadVersionForm", description = "以文件提交退回后修改的新版本")
public class UploadVersionForm {

    @RestForm("file")
    @NotNull(message = Validation.FILE_REQUIRED)
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = ".docx, .doc, .pdf with a text layer, or .txt; at most 20 MB")
    public FileUpload file;

    @RestForm("title")
    @Schema(description = "报告标题；不填时取文档自身的标题", example = "2024年度包场镇法治政府建设工作报告")
    @Size(max = Limits.TITLE_MAX, message = "报告标题不能超过200个字")
    public String title;
}
