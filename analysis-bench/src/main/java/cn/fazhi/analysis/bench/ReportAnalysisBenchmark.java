package cn.fazhi.analysis.bench;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to analyze one whole report (outline, mentions, indicators, findings), single thread, on
 * the three fixture reports (12–14 KB of UTF-8). Sample mode, so JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReportAnalysisBenchmark {

    @Param({"baochang-2024.txt", "dongjituo-2024.txt", "wangchang-2023.txt"})
    public String report;

    private final ReportAnalyzer analyzer = new ReportAnalyzer();
    private String text;

    @Setup
    public void load() throws IOException {
        text = Files.readString(reportsDir().resolve(report), StandardCharsets.UTF_8);
    }

    @Benchmark
    public ReportAnalysis analyze() {
        return analyzer.analyze(text, new AnalysisContext(2024, "包场镇"));
    }

    /** The project's deploy/samples, found from the working directory upwards, or -Dfixtures.dir. */
    static Path reportsDir() {
        String configured = System.getProperty("fixtures.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/samples not found; set -Dfixtures.dir");
    }
}
