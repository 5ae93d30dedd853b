package cn.fazhi.report.rest;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} naming a file whose name is Chinese: an ASCII fallback
 * in {@code filename} (RFC 6266) and the real name in {@code filename*}, UTF-8 percent-encoded
 * (RFC 5987/8187), which every current browser prefers.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    /** RFC 5987 {@code attr-char}s stay, every other byte of the UTF-8 name is {@code %XX}. */
    static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The name with every character outside printable ASCII (and quotes, backslashes) as {@code _}, keeping the extension. */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }
}
