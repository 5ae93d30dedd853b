package cn.fazhi.common.text;

import cn.fazhi.common.json.UnsafeTextException;
import cn.fazhi.common.problem.Problem;
import cn.fazhi.common.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Reads a text body (a register file in CSV) as exactly the characters that were sent: bytes that
 * are not valid in the declared charset (UTF-8 unless the Content-Type says otherwise) are a 400,
 * not silently replaced by U+FFFD, and a NUL character is a 400 naming its line, not a database
 * error once the text reaches PostgreSQL.
 */
@Provider
@Consumes({"text/csv", MediaType.TEXT_PLAIN})
public class StrictTextReader implements MessageBodyReader<String> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Charset charset = charsetOf(mediaType);
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(entityStream.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "invalid-text", "请求内容不符合要求",
                    "请求体不是有效的 " + charset.name() + " 文本，请以 UTF-8 编码保存后重新上传");
        }
        UnsafeTextException.Flaw flaw = UnsafeTextException.flawOf(text);
        if (flaw != null) {
            String where = "第" + lineOf(text) + "行";
            throw new ProblemException(400, "invalid-text", "请求内容不符合要求", where + flaw.message(),
                    List.of(new Problem.FieldError(where, flaw.message())));
        }
        return text;
    }

    private static Charset charsetOf(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "http-415", "不支持的内容类型", "不认识的字符集：" + name + "，请使用 UTF-8");
        }
    }

    /** The 1-based line of the first character that cannot be kept. */
    private static int lineOf(String text) {
        int at = UnsafeTextException.indexOfFlaw(text);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
