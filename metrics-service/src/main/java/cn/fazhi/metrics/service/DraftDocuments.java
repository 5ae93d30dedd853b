package cn.fazhi.metrics.service;

import cn.fazhi.api.AnalyzeDraftFileForm;
import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.DraftFileAnalysisView;
import cn.fazhi.api.Limits;
import cn.fazhi.api.SourceDocumentView;
import cn.fazhi.api.Validation;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.document.DocumentLimits;
import cn.fazhi.document.DocumentReader;
import cn.fazhi.document.DocumentRefusedException;
import cn.fazhi.document.ReadDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The draft check for a file: read exactly as report-service reads an upload (the same
 * document-reader and limits), so a clerk sees before submitting the text and the findings the
 * submission will get. Refusals are the upload's: the same Chinese problem+json. Nothing is stored.
 */
@ApplicationScoped
public class DraftDocuments {

    private final DocumentReader reader = new DocumentReader(DocumentLimits.standard());
    private final AnalysisService analyses;

    public DraftDocuments(AnalysisService analyses) {
        this.analyses = analyses;
    }

    public DraftFileAnalysisView analyze(AnalyzeDraftFileForm form) {
        FileUpload upload = form.file;
        String fileName = upload.fileName() == null || upload.fileName().isBlank() ? "" : upload.fileName().strip();
        if (fileName.isEmpty()) {
            throw ProblemException.invalid("file", "上传的文件没有文件名；请随文件发送其名称（如 报告.docx）");
        }
        if (upload.size() > Limits.UPLOAD_MAX_BYTES) {
            throw new ProblemException(413, "document-too-large", "文件过大", "文件“" + fileName + "”超过了允许的 20 MB");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadDocument read;
        try {
            read = reader.read(content, fileName, upload.contentType());
        } catch (DocumentRefusedException refused) {
            throw new ProblemException(refused.refusal().status(), refused.refusal().slug(), refused.refusal().title(),
                    refused.getMessage());
        }
        if (read.text().length() > Limits.TEXT_MAX) {
            throw ProblemException.invalid("file", Validation.TEXT_TOO_LONG);
        }
        SourceDocumentView source = new SourceDocumentView(fileName, read.format().mediaType(), content.length,
                sha256(content), read.extractor(), read.encoding(), read.warnings(), null);
        return new DraftFileAnalysisView(read.text(), source,
                analyses.draft(new AnalyzeDraftRequest(read.text(), form.year, form.townshipCode)));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
