package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The file a version's text was read from, kept as filed, and how its text was got. */
@Schema(name = "SourceDocument", description = "版本正文所来自的原始文件（按原样保存）及其文字提取方式")
public record SourceDocumentView(
        @Schema(example = "包场镇2024年度法治政府建设工作报告.docx") String fileName,
        @Schema(example = "application/vnd.openxmlformats-officedocument.wordprocessingml.document") String mediaType,
        @Schema(example = "48213") long sizeBytes,
        @Schema(description = "SHA-256 of the file as filed, hex") String sha256,
        @Schema(example = "Apache POI XWPF 5.5.1") String extractor,
        @Schema(description = "a text file's character encoding; null for Word and PDF", example = "GB18030")
        String encoding,
        @Schema(description = "what was left out of the text, e.g. image-only pages") List<String> warnings,
        @Schema(description = "where to download the original", example = "/api/v1/reports/1b6e…/versions/1/file")
        String href) {
}
