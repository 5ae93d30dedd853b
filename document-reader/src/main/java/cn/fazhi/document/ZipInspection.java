package cn.fazhi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a .docx before any parser does: it must be a Word document (not a spreadsheet
 * renamed), carry no macros, and not expand past the limits. The entries are inflated here,
 * counting the bytes and stopping at the limit, so a zip bomb costs at most that many bytes of
 * reading and never reaches POI.
 */
final class ZipInspection {

    private final DocumentLimits limits;

    ZipInspection(DocumentLimits limits) {
        this.limits = limits;
    }

    void check(byte[] content) {
        boolean wordDocument = false;
        boolean macros = false;
        String contentTypes = "";
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                wordDocument |= name.equals("word/document.xml");
                macros |= name.toLowerCase().endsWith("vbaproject.bin");
                long compressed = Math.max(entry.getCompressedSize(), 0);
                long expanded = 0;
                StringBuilder types = name.equals("[Content_Types].xml") ? new StringBuilder() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    total += n;
                    if (total > limits.maxExpandedBytes()) {
                        throw bomb("解压后超过 " + DocumentReader.megabytes(limits.maxExpandedBytes()));
                    }
                    if (expanded > 1024 * 1024 && compressed > 0 && expanded / compressed > limits.maxEntryRatio()) {
                        throw bomb("其中“" + name + "”的压缩比超过 " + limits.maxEntryRatio() + " 倍");
                    }
                    if (types != null && types.length() < 1_000_000) {
                        types.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
                if (types != null) {
                    contentTypes = types.toString();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DocumentReader.corrupted(DocumentFormat.DOCX, e);
        }
        if (macros || contentTypes.contains("macroEnabled")) {
            throw new DocumentRefusedException(Refusal.MACROS,
                    "文件包含宏（VBA 代码），不予接收：宏可能携带恶意代码。请另存为不含宏的 .docx 后再上传");
        }
        if (!wordDocument) {
            throw DocumentReader.mismatch(DocumentFormat.DOCX, "ZIP 压缩包或其他 Office 文件（没有 Word 正文）");
        }
    }

    private static DocumentRefusedException bomb(String why) {
        return new DocumentRefusedException(Refusal.ZIP_BOMB, "文件" + why + "，疑似“压缩炸弹”，不予读取；正常的报告文档不会如此");
    }
}
