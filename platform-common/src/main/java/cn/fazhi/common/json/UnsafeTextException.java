package cn.fazhi.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string that is valid JSON but not text the platform can keep: a NUL character or an
 * unpaired surrogate. Jackson adds the field's path as it unwinds, so the answer can name it.
 */
public class UnsafeTextException extends MismatchedInputException {

    /** What is wrong with the text, with its explanation for the person who sent it. */
    public enum Flaw {
        NUL("含有空字符（U+0000），请删除后重新提交"),
        LONE_SURROGATE("含有不成对的代理字符（无效的Unicode字符），请检查文本的编码");

        private final String message;

        Flaw(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Flaw flaw;

    UnsafeTextException(JsonParser p, Flaw flaw) {
        super(p, "unsafe text: " + flaw, String.class);
        this.flaw = flaw;
    }

    public Flaw flaw() {
        return flaw;
    }

    /** The first thing in {@code text} that cannot be kept, or {@code null} when all of it can. */
    public static Flaw flawOf(CharSequence text) {
        int at = indexOfFlaw(text);
        return at < 0 ? null : text.charAt(at) == '\u0000' ? Flaw.NUL : Flaw.LONE_SURROGATE;
    }

    /** Where the first NUL or unpaired surrogate of {@code text} is, or -1. */
    public static int indexOfFlaw(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
