package cn.fazhi.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line carries on past a file it cannot read and names every failed file at the end. */
class AnalyzeReportsCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalyzeReportsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFailingFileIsReportedAndTheOthersAreStillAnalyzed() throws Exception {
        Path first = Files.writeString(dir.resolve("a-first.txt"), "2024年度包场镇法治政府建设工作报告\n审核合同3件。");
        Path notUtf8 = Files.write(dir.resolve("b-latin1.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        Path missing = dir.resolve("c-missing.txt");
        Path last = Files.writeString(dir.resolve("d-last.txt"), "");
        Path outDir = dir.resolve("out");

        int status = run("--out", outDir.toString(), first.toString(), notUtf8.toString(), missing.toString(),
                last.toString());

        assertEquals(1, status);
        assertTrue(Files.exists(outDir.resolve("a-first.analysis.json")));
        assertTrue(Files.exists(outDir.resolve("d-last.analysis.json")), "carried on past the failures");
        assertFalse(Files.exists(outDir.resolve("b-latin1.analysis.json")));
        String summary = err().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(summary.startsWith("2 file(s) failed"), summary);
        assertTrue(summary.contains(notUtf8.toString()) && summary.contains(missing.toString()), summary);
        assertFalse(summary.contains(first.toString()) || summary.contains(last.toString()), summary);
    }

    @Test
    void allFilesAnalyzedIsSuccess() throws Exception {
        Path report = Files.writeString(dir.resolve("r.txt"), "您当前的位置:首页>法治政府建设年度报告>2025年\n");
        assertEquals(0, run("--out", dir.resolve("out").toString(), dir.toString()));
        assertTrue(Files.exists(dir.resolve("out").resolve("r.analysis.json")), report + " analyzed");
        assertEquals("", err());
    }

    @Test
    void aFindingIsWrittenWithItsMachineReadableFields() throws Exception {
        Files.writeString(dir.resolve("rate.txt"), "一、主要举措和成效\n受理矛盾纠纷150余件，化解120件，化解率98%。\n");
        assertEquals(0, run("--out", dir.resolve("out").toString(), dir.resolve("rate.txt").toString()));

        JsonNode findings = new ObjectMapper().readTree(dir.resolve("out").resolve("rate.analysis.json").toFile())
                .get("findings");
        JsonNode rate = null;
        for (JsonNode finding : findings) {
            if (finding.get("code").asText().equals("RATE_MISMATCH")) {
                rate = finding;
            }
        }
        assertTrue(rate != null, findings.toString());
        assertEquals("MEASURES", rate.get("sectionCode").asText());
        assertEquals("disputes.resolution_rate", rate.get("indicatorCode").asText());
        assertEquals("98", rate.get("statedValue").asText());
        assertEquals("{\"lo\":75,\"hi\":80}", rate.get("allowedRange").toString());
        for (JsonNode finding : findings) {
            assertTrue(finding.has("sectionCode") && finding.has("indicatorCode") && finding.has("statedValue")
                    && finding.has("allowedRange"), "every finding names the fields, null where they do not apply: "
                    + finding);
        }
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        assertEquals(2, run("--out"));
        assertEquals(2, run());
        assertEquals(2, run("--catalog", dir.resolve("none.yaml").toString(), "x.txt"));
        assertTrue(err().contains("usage"));
    }
}
