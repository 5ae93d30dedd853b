package cn.fazhi.report.service;

import cn.fazhi.api.Limits;
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
 * Turns an uploaded file into a filed document: its bytes as filed, their SHA-256, and the text
 * read from them; or a Chinese problem+json (413, 415, 422, 400) saying why the file cannot be
 * taken. Nothing is stored here, so a refused file leaves nothing behind.
 */
@ApplicationScoped
public class FiledDocuments {

    private final DocumentReader reader = new DocumentReader(DocumentLimits.standard());

    /** A file as filed and what was read from it. */
    public record Filed(String fileName, String mediaType, byte[] content, String sha256, ReadDocument read) {
    }

    public Filed read(FileUpload upload) {
        String fileName = fileName(upload);
        if (upload.size() > Limits.UPLOAD_MAX_BYTES) {
            throw new ProblemException(413, "document-too-large", "文件过大", "文件“" + fileName + "”超过了允许的 20 MB");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ReadDocument read = reader.read(content, fileName, upload.contentType());
            return new Filed(fileName, read.format().mediaType(), content, sha256(content), read);
        } catch (DocumentRefusedException refused) {
            throw new ProblemException(refused.refusal().status(), refused.refusal().slug(), refused.refusal().title(),
                    refused.getMessage());
        }
    }

    /** The name as filed, without any folder a browser may send along. */
    private static String fileName(FileUpload upload) {
        String name = upload.fileName() == null ? "" : upload.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw ProblemException.invalid("file", "上传的文件没有文件名；请随文件发送其名称（如 报告.docx）");
        }
        if (name.length() > 255) {
            throw ProblemException.invalid("file", "文件名不能超过255个字符");
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
