package cn.fazhi.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A draft filed as a document to check before submitting, as {@link AnalyzeDraftRequest} with the text read from the file. */
@Schema(name = "AnalyzeDraftFileForm", description = "以文件检查报告草稿（不保存）")
public class AnalyzeDraftFileForm {

    @RestForm("file")
    @NotNull(message = Validation.FILE_REQUIRED)
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = ".docx, .doc, .pdf with a text layer, or .txt; at most 20 MB")
    public FileUpload file;

    @RestForm("year")
    @Schema(description = "the reporting year, to check the title against (YEAR_MISMATCH)", example = "2024")
    @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
    @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE)
    public Integer year;

    @RestForm("townshipCode")
    @Schema(description = "the submitting township, to check the title against (ORG_MISMATCH)", example = "320684104")
    @Pattern(regexp = Validation.TOWNSHIP_CODE, message = Validation.TOWNSHIP_CODE_MESSAGE)
    public String townshipCode;
}
