package cn.fazhi.analysis.cli;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.AnalysisJson;
import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportAnalyzer;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Batch analysis of archived reports: for each .txt file given (or found in a folder given), writes
 * {@code <name>.analysis.json}: the engine's own JSON, the same fields the API serves for the same
 * text (the API's findings also name the passage they point to).
 *
 * <pre>java -jar analysis-engine/target/analysis-engine-*.jar [--out DIR] [--catalog FILE] FILE|DIR...</pre>
 */
public final class AnalyzeReportsCommand {

    private AnalyzeReportsCommand() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path outDir = null;
        IndicatorCatalog catalog = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> outDir = Path.of(args[++i]);
                case "--catalog" -> catalog = IndicatorCatalog.load(Path.of(args[++i]));
                case "-h", "--help" -> {
                    out.println("usage: analyze [--out DIR] [--catalog FILE] FILE|DIR...");
                    return 0;
                }
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            err.println("usage: analyze [--out DIR] [--catalog FILE] FILE|DIR...");
            return 2;
        }
        ReportAnalyzer analyzer = catalog == null ? new ReportAnalyzer() : new ReportAnalyzer(catalog);
        ObjectWriter json = AnalysisJson.mapper().writerWithDefaultPrettyPrinter();
        int failures = 0;
        for (Path report : reports(inputs)) {
            try {
                String text = Files.readString(report, StandardCharsets.UTF_8);
                ReportAnalysis analysis = analyzer.analyze(text, AnalysisContext.NONE);
                Path target = (outDir == null ? report.toAbsolutePath().getParent() : outDir)
                        .resolve(report.getFileName().toString().replaceFirst("\\.txt$", "") + ".analysis.json");
                Files.createDirectories(target.getParent());
                json.writeValue(target.toFile(), analysis);
                out.printf("%s: %d mentions, %d indicators, %d findings -> %s%n", report, analysis.mentions().size(),
                        analysis.indicators().size(), analysis.findings().size(), target);
            } catch (IOException e) {
                failures++;
                err.printf("%s: %s%n", report, e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static List<Path> reports(List<Path> inputs) throws IOException {
        List<Path> reports = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(reports::add);
                }
            } else {
                reports.add(input);
            }
        }
        return reports;
    }
}
