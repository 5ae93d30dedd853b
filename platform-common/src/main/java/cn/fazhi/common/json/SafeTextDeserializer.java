package cn.fazhi.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Reads every JSON string as Jackson does (with the coercions {@link StrictJson} refuses refused)
 * and then refuses text that cannot be kept as it was sent: a NUL character, which PostgreSQL does
 * not store, and a lone UTF-16 surrogate ({@code "\ud800"}), which is no character at all and
 * would be stored as {@code ?}. The refusal names the field (see {@link UnsafeTextException}).
 */
final class SafeTextDeserializer extends StdScalarDeserializer<String> {

    SafeTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        UnsafeTextException.Flaw flaw = UnsafeTextException.flawOf(text);
        if (flaw != null) {
            throw new UnsafeTextException(p, flaw);
        }
        return text;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
