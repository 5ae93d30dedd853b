package cn.fazhi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real township reports in {@code shared/fixtures/reports}, which sits beside the project's
 * checkout (or, with {@code -Dfixtures.dir=...}, anywhere).
 */
public final class Fixtures {

    public static final String BAOCHANG_2024 = "baochang-2024.txt";
    public static final String DONGJITUO_2024 = "dongjituo-2024.txt";
    public static final String WANGCHANG_2023 = "wangchang-2023.txt";

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
            Path candidate = dir.resolve("shared/fixtures/reports");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/fixtures/reports not found above " + Path.of("").toAbsolutePath()
                + "; set -Dfixtures.dir");
    }
}
