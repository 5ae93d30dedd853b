package cn.fazhi.analysis.cli;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.AnalysisJson;
import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportAnalyzer;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Analyzes every report given and carries on past one that fails (unreadable, not UTF-8, any
     * exception): each failure is reported when it happens, and at the end the command names every
     * failed file and returns 1. Returns 2 for a wrong command line or catalog, 0 when all succeeded.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path outDir = null;
        Path catalogFile = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out", "--catalog" -> {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + " needs a value");
                        err.println(USAGE);
                        return 2;
                    }
                    Path value = Path.of(args[++i]);
                    if (args[i - 1].equals("--out")) {
                        outDir = value;
                    } else {
                        catalogFile = value;
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        ReportAnalyzer analyzer;
        try {
            analyzer = catalogFile == null ? new ReportAnalyzer() : new ReportAnalyzer(IndicatorCatalog.load(catalogFile));
        } catch (RuntimeException e) {
            err.println("cannot use the catalog: " + describe(e));
            return 2;
        }
        ObjectWriter json = AnalysisJson.mapper().writerWithDefaultPrettyPrinter();
        List<String> failed = new ArrayList<>();
        for (Path report : reports(inputs, failed, err)) {
            try {
                String text = Files.readString(report, StandardCharsets.UTF_8);
                ReportAnalysis analysis = analyzer.analyze(text, AnalysisContext.NONE);
                Path target = (outDir == null ? report.toAbsolutePath().getParent() : outDir)
                        .resolve(report.getFileName().toString().replaceFirst("\\.txt$", "") + ".analysis.json");
                Files.createDirectories(target.getParent());
                json.writeValue(target.toFile(), analysis);
                out.printf("%s: %d mentions, %d indicators, %d findings -> %s%n", report, analysis.mentions().size(),
                        analysis.indicators().size(), analysis.findings().size(), target);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failed.add(report.toString());
                err.printf("%s: FAILED: %s%n", report, describe(e));
            }
        }
        if (failed.isEmpty()) {
            return 0;
        }
        err.printf("%d file(s) failed: %s%n", failed.size(), String.join(", ", failed));
        return 1;
    }

    private static final String USAGE = "usage: analyze [--out DIR] [--catalog FILE] FILE|DIR...";

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The .txt files of each folder given and each file given; a folder that cannot be listed is a failure. */
    private static List<Path> reports(List<Path> inputs, List<String> failed, PrintStream err) {
        List<Path> reports = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(reports::add);
                } catch (IOException | UncheckedIOException e) {
                    failed.add(input.toString());
                    err.printf("%s: FAILED: cannot list the folder: %s%n", input, describe(e));
                }
            } else {
                reports.add(input);
            }
        }
        return reports;
    }
}
