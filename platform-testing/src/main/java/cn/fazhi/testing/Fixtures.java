package cn.fazhi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real township reports in the project's {@code deploy/samples}, found from any module's
 * directory of a clone (or, with {@code -Dfixtures.dir=...}, anywhere).
 */
public final class Fixtures {

    public static final String BAOCHANG_2024 = "baochang-2024.txt";
    public static final String DONGJITUO_2024 = "dongjituo-2024.txt";
    public static final String WANGCHANG_2023 = "wangchang-2023.txt";

    /** Where the sample reports live, relative to the project's root. */
    public static final String SAMPLES = "deploy/samples";

    private Fixtures() {
    }

    public static String report(String name) {
        try {
            return Files.readString(reportsDir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path reportsDir() {
        String configured = System.getProperty("fixtures.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SAMPLES);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(SAMPLES + " not found above " + Path.of("").toAbsolutePath()
                + "; set -Dfixtures.dir");
    }
}
