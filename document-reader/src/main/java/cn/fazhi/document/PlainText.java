package cn.fazhi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * A text file in the encodings township editors save: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, and GBK/GB18030 from older Chinese editors. A BOM decides; otherwise valid UTF-8 is UTF-8;
 * otherwise Tika's detector names the encoding (told the file's name and type: without them it
 * does not consider GBK) and the bytes must decode in it without a single replacement, so a
 * wrong guess is refused rather than stored as mojibake.
 */
final class PlainText {

    static final String EXTRACTOR = "charset decoder (Apache Tika " + org.apache.tika.Tika.class.getPackage()
            .getImplementationVersion() + " UniversalEncodingDetector)";

    private PlainText() {
    }

    static ReadDocument read(byte[] content, String fileName) {
        Charset charset;
        int skip = 0;
        if (starts(content, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (starts(content, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (starts(content, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (decodes(content, StandardCharsets.UTF_8)) {
            charset = StandardCharsets.UTF_8;
        } else {
            charset = detect(content, fileName);
        }
        String text;
        try {
            text = strict(charset).decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw unknownEncoding();
        }
        String encoding = charset.name() + (skip > 0 ? " (BOM)" : "");
        return new ReadDocument(TextLayout.lineEndings(text), null, DocumentFormat.TEXT, EXTRACTOR, encoding, List.of());
    }

    /** Not text: NUL bytes without a UTF-16 byte order mark (a binary file, or UTF-16 we cannot tell the order of). */
    static boolean looksLikeText(byte[] content) {
        if (starts(content, 0xFF, 0xFE) || starts(content, 0xFE, 0xFF)) {
            return true;
        }
        int window = Math.min(content.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < window; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 100 <= window;
    }

    private static Charset detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, "text/plain");
        EncodingDetector detector = new UniversalEncodingDetector();
        Charset detected;
        try {
            detected = detector.detect(new ByteArrayInputStream(content), metadata);
        } catch (IOException e) {
            detected = null;
        }
        if (detected != null && isChinese(detected)) {
            detected = Charset.forName("GB18030");
        }
        if (detected != null && decodes(content, detected)) {
            return detected;
        }
        Charset gb = Charset.forName("GB18030");
        if (decodes(content, gb)) {
            return gb;
        }
        throw unknownEncoding();
    }

    private static boolean isChinese(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("GBK") || name.equals("GB2312") || name.equals("GB18030") || name.equals("EUC-CN")
                || name.equals("HZ-GB-2312");
    }

    private static boolean decodes(byte[] content, Charset charset) {
        try {
            strict(charset).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static DocumentRefusedException unknownEncoding() {
        return new DocumentRefusedException(Refusal.UNKNOWN_ENCODING,
                "无法识别文本文件的编码；请另存为 UTF-8 或 GBK 编码的 .txt 后再上传");
    }
}
