package cn.fazhi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks inside an Office 97-2003 container (OLE2) before it is parsed: a password-protected
 * .docx is one too (its package encrypted inside), a .doc must hold a Word stream, and a .doc
 * with a {@code Macros} storage carries VBA.
 */
final class OfficeContainer {

    private OfficeContainer() {
    }

    static boolean isEncryptedOoxml(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static void checkWordDocument(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw DocumentReader.encrypted();
            }
            if (!root.hasEntryCaseInsensitive("WordDocument")) {
                throw DocumentReader.mismatch(DocumentFormat.DOC, "其他 Office 97-2003 文件（如 Excel 或 PowerPoint）");
            }
            if (root.hasEntryCaseInsensitive("Macros") || root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
                throw new DocumentRefusedException(Refusal.MACROS,
                        "文件包含宏（VBA 代码），不予接收：宏可能携带恶意代码。请另存为不含宏的文档后再上传");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRefusedException refused) {
                throw refused;
            }
            throw DocumentReader.corrupted(DocumentFormat.DOC, e);
        }
    }
}
