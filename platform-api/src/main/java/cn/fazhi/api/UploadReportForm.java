package cn.fazhi.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A township's report filed as a document ({@code multipart/form-data}): the file and the fields
 * of {@link SubmitReportRequest}; the text is read from the file. Fields, not record components,
 * because the REST layer fills a multipart form field by field.
 */
@Schema(name = "UploadReportForm", description = "以文件提交年度报告（.docx、.doc、带文字层的 .pdf、.txt；不超过20 MB）")
public class UploadReportForm {

    @RestForm("file")
    @NotNull(message = Validation.FILE_REQUIRED)
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = ".docx, .doc, .pdf with a text layer, or .txt (UTF-8, UTF-16 with BOM, GBK/GB18030); at most 20 MB")
    public FileUpload file;

    @RestForm("townshipCode")
    @Schema(description = "乡镇（街道）的9位行政区划代码", example = "320684104", required = true)
    @NotNull(message = Validation.TOWNSHIP_CODE_REQUIRED)
    @Pattern(regexp = Validation.TOWNSHIP_CODE, message = Validation.TOWNSHIP_CODE_MESSAGE)
    public String townshipCode;

    @RestForm("year")
    @Schema(description = "报告所属年度", example = "2024", required = true)
    @NotNull(message = Validation.YEAR_REQUIRED)
    @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
    @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE)
    public Integer year;

    @RestForm("title")
    @Schema(description = "报告标题；不填时取文档自身的标题（Word 的“标题”样式段落或文档属性）",
            example = "2024年度包场镇法治政府建设工作报告")
    @Size(max = Limits.TITLE_MAX, message = "报告标题不能超过200个字")
    public String title;
}
