package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.fazhi.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine never throws (issue 8): it returns an analysis for every real text the project has
 * (the three sample reports of {@code deploy/samples} and the 60 development-set pages copied into
 * {@code src/test/resources/devset/corpus}) and for seeded variants of them, and every analysis is
 * consistent with its text: each offset inside it, each mention's text the substring at its
 * offsets, no offset inside a surrogate pair, each indicator's evidence a mention shown in its
 * sentence, each heading's title inside its span. Variants: the prefix and the suffix at
 * {@value #CUTS} seeded cut positions of each text, {@value #MUTANTS} mutants per text (characters deleted, duplicated,
 * inserted from an alphabet of numerals, units, markers, brackets, surrogates and their neighbours
 * U+D7FF/U+E000, NUL and control characters; lines shuffled; two texts spliced), {@value #RANDOM}
 * random UTF-16 strings, and inputs of 200 KB built to find quadratic loops and deep backtracking
 * (digits, headings, unclosed brackets, 无, a figure every few characters, one long line). Seeded,
 * so a failure repeats; the seed is in the assertion message.
 */
class EngineRobustnessTest {

    private static final long SEED = 20261201L;
    static final int MUTANTS = 60;
    static final int CUTS = 300;
    static final int RANDOM = 1500;
    private static final int LARGE = 200 * 1024;
    /** Linear work on 200 KB takes milliseconds; a quadratic loop takes minutes. */
    private static final long LARGE_MILLIS_MAX = 4_000;

    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();

    /** Characters that steer the engine's rules, and characters that break naive string code. */
    private static final String ALPHABET = "0123456789０１２３４５６７８９.,．，、。；：！？\n\r\t 　"
            + "零〇一二两三四五六七八九十百千万亿点分之余多约近超过逾不足到以上左右第届+·"
            + "件起宗例人名位次场期份条项个家户元%％万元亿元人次件次"
            + "《》〔〕[]“”\"（）()其中无未报告镇乡街道年度2024年一、（一）1.一是学法审查化解率"
            + "\u0000\u0001\u001f\u007f\u0085\u2028\u2029\u00a0\u2002\ufeff\ufffd\ud7ff\ue000\uffff";

    private int runs;

    // ---- the texts ----------------------------------------------------------------------------

    private static Map<String, String> realTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        Path samples = Fixtures.reportsDir();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.put("samples/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : corpusNames()) {
            texts.put("devset/" + name, resource("/devset/corpus/" + name));
        }
        return texts;
    }

    /** The development set's page names, from its SOURCES.tsv (works from a jar as from a folder). */
    private static List<String> corpusNames() {
        return resource("/devset/corpus/SOURCES.tsv").lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf('\t'))).toList();
    }

    private static String resource(String name) {
        try (InputStream in = EngineRobustnessTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theProjectsRealTextsAreAllThere() {
        Map<String, String> texts = realTexts();
        assertEquals(3, texts.keySet().stream().filter(k -> k.startsWith("samples/")).count());
        assertEquals(60, texts.keySet().stream().filter(k -> k.startsWith("devset/")).count());
        texts.forEach((name, text) -> assertTrue(text.length() > 500, name + " is too short to be a report"));
    }

    // ---- the runs -----------------------------------------------------------------------------

    /**
     * {@value #CUTS} seeded cut positions per text, each giving a prefix and a suffix: 63 × 2 × 300 =
     * 37,800 runs (every position of every text, about 110,000 runs, took 20–30 s on this machine).
     */
    @Test
    void everyRealTextAndItsPrefixesAndSuffixes() {
        Random random = new Random(SEED);
        for (Map.Entry<String, String> e : realTexts().entrySet()) {
            String text = e.getValue();
            check(e.getKey(), text);
            for (int i = 0; i < CUTS; i++) {
                int cut = random.nextInt(text.length() + 1);
                check(e.getKey() + " prefix " + cut, text.substring(0, cut));
                check(e.getKey() + " suffix " + cut, text.substring(cut));
            }
        }
        assertEquals(63 * (1 + 2 * CUTS), runs);
    }

    @Test
    void seededMutantsOfEveryRealText() {
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>(realTexts().values());
        List<String> names = new ArrayList<>(realTexts().keySet());
        for (int t = 0; t < texts.size(); t++) {
            for (int m = 0; m < MUTANTS; m++) {
                long seed = random.nextLong();
                String mutant = mutate(texts.get(t), texts, new Random(seed));
                check(names.get(t) + " mutant seed " + seed, mutant);
            }
        }
        assertEquals(texts.size() * MUTANTS, runs);
    }

    @Test
    void randomUnicodeIncludingUnpairedSurrogates() {
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM; i++) {
            long seed = random.nextLong();
            check("random seed " + seed, randomText(new Random(seed), random.nextInt(3000)));
        }
        for (String tiny : List.of("", " ", "\n", "\r\n", "\u0000", "\ud800", "\udc00", "\udbff\udfff", "\ud7ff\ue000",
                "无", "其中", "报告", "1件", "一、", "（一）", "百分之", "百分之点", "《", "“", "\"", "二〇二四年镇报告")) {
            check("tiny " + tiny, tiny);
        }
    }

    @Test
    void largeInputsAreReadInLinearTime() {
        Map<String, Supplier<String>> large = new LinkedHashMap<>();
        large.put("200 KB of digits", () -> repeat("1234567890", LARGE));
        large.put("200 KB of full-width digits", () -> repeat("１２３４５６７８９０", LARGE));
        large.put("200 KB of one digit run then a unit", () -> repeat("9", LARGE) + "件");
        large.put("200 KB of Chinese numerals then a unit", () -> repeat("九亿", LARGE) + "件");
        large.put("200 KB of a percent's digits", () -> "百分之" + repeat("九", LARGE));
        large.put("200 KB of headings", () -> repeat("一、总体情况\n（一）学法情况\n1.学法2次。\n一是审查合同3件\n二、存在的不足\n", LARGE));
        large.put("200 KB of headings on one line", () -> repeat("一、（一）1.一是", LARGE));
        large.put("200 KB of unnumbered short lines between headings",
                () -> "一、开头\n" + repeat("学法情况\n", LARGE) + "二、结尾\n");
        large.put("200 KB of unclosed 《", () -> repeat("《", LARGE));
        large.put("200 KB of unclosed quotes", () -> repeat("“一二三四五六七八九十一二三四", LARGE));
        large.put("200 KB of 无", () -> repeat("无", LARGE));
        large.put("200 KB of zero statements", () -> repeat("无行政复议、行政诉讼案件", LARGE));
        large.put("200 KB of figures in one sentence", () -> repeat("学法1次", LARGE));
        large.put("200 KB of distinct figures of one question", () -> numbered("学法", "次", LARGE));
        large.put("200 KB of totals and breakdowns", () -> repeat("案件3件，其中1件", LARGE));
        large.put("200 KB of rates", () -> repeat("调解46起，化解44起，化解率为95.7%", LARGE));
        large.put("200 KB of one line, then a figure", () -> repeat("法治政府建设", LARGE) + "审查合同3件");
        large.put("200 KB of whitespace", () -> repeat(" \u3000\t\r\n", LARGE));
        large.put("200 KB of unpaired surrogates", () -> repeat("\ud800\udc00\udc00\ud800\ud7ff\ue000", LARGE));
        large.put("200 KB of NUL", () -> repeat("\u0000", LARGE));
        large.put("a real report 30 times", () -> repeat(Fixtures.report(Fixtures.WANGCHANG_2023), LARGE * 2));
        for (Map.Entry<String, Supplier<String>> e : large.entrySet()) {
            String text = e.getValue().get();
            long started = System.nanoTime();
            check(e.getKey(), text);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < LARGE_MILLIS_MAX, e.getKey() + " took " + millis + " ms");
        }
    }

    /** The two pages that made the engine throw: a breadcrumb and an index line above the title. */
    @Test
    void aTitleThatNamesNoTownshipWithNothingAboveItIsReadWithoutATownship() {
        String text = "您当前的位置:首页>政府信息公开目录>法治政府建设年度报告>2025年\n正文";
        ReportAnalysis analysis = ANALYZER.analyze(text);
        check("breadcrumb", text);
        assertNull(analysis.metadata().township());
        assertNull(analysis.metadata().townshipSpan());
        for (String page : List.of("b04.txt", "b24.txt")) {
            check(page, resource("/devset/corpus/" + page));
        }
    }

    @Test
    void nullReadsAsTheEmptyText() {
        ReportAnalysis analysis = ANALYZER.analyze(null, null);
        assertTrue(analysis.mentions().isEmpty());
        assertEquals(ANALYZER.analyze("").findings(), analysis.findings());
    }

    // ---- variants -----------------------------------------------------------------------------

    private static String mutate(String text, List<String> others, Random random) {
        StringBuilder s = new StringBuilder(text);
        int kind = random.nextInt(6);
        int edits = 1 + random.nextInt(40);
        switch (kind) {
            case 0 -> {                                                   // characters deleted
                for (int i = 0; i < edits && !s.isEmpty(); i++) {
                    s.deleteCharAt(random.nextInt(s.length()));
                }
            }
            case 1 -> {                                                   // characters duplicated
                for (int i = 0; i < edits && !s.isEmpty(); i++) {
                    int at = random.nextInt(s.length());
                    s.insert(at, s.charAt(at));
                }
            }
            case 2 -> {                                                   // characters inserted
                for (int i = 0; i < edits; i++) {
                    s.insert(random.nextInt(s.length() + 1), randomChar(random));
                }
            }
            case 3 -> {                                                   // lines shuffled
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                Collections.shuffle(lines, random);
                return String.join("\n", lines);
            }
            case 4 -> {                                                   // two texts spliced
                String other = others.get(random.nextInt(others.size()));
                return text.substring(0, random.nextInt(text.length() + 1)) + other.substring(random.nextInt(other.length() + 1));
            }
            default -> {                                                  // all of it
                for (int i = 0; i < edits && !s.isEmpty(); i++) {
                    int at = random.nextInt(s.length());
                    switch (random.nextInt(3)) {
                        case 0 -> s.deleteCharAt(at);
                        case 1 -> s.insert(at, s.charAt(at));
                        default -> s.insert(at, randomChar(random));
                    }
                }
            }
        }
        return s.toString();
    }

    private static char randomChar(Random random) {
        return switch (random.nextInt(4)) {
            case 0, 1 -> ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            case 2 -> (char) (0xD800 + random.nextInt(0x800));            // a surrogate, paired or not by luck
            default -> (char) random.nextInt(0x10000);
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            switch (random.nextInt(5)) {
                case 0 -> s.append(randomChar(random));
                case 1 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));   // a well-formed pair
                default -> s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return s.toString();
    }

    private static String repeat(String unit, int length) {
        StringBuilder s = new StringBuilder(length + unit.length());
        while (s.length() < length) {
            s.append(unit);
        }
        return s.toString();
    }

    private static String numbered(String before, String after, int length) {
        StringBuilder s = new StringBuilder(length + 20);
        for (int i = 1; s.length() < length; i++) {
            s.append(before).append(i).append(after);
        }
        return s.toString();
    }

    // ---- the invariants -----------------------------------------------------------------------

    private void check(String name, String text) {
        runs++;
        ReportAnalysis a;
        try {
            a = ANALYZER.analyze(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(name + ": the engine threw", e);
        }
        assertNotNull(a, name);
        assertEquals(ReportAnalyzer.ENGINE_VERSION, a.engineVersion(), name);
        checkMetadata(name, text, a.metadata());
        for (Heading h : a.outline()) {
            checkHeading(name, text, h, 0);
        }
        checkSections(name, text, a);
        int previousStart = 0;
        Set<String> mentionSpans = a.mentions().stream().map(m -> m.start() + ":" + m.end()).collect(Collectors.toSet());
        for (Mention m : a.mentions()) {
            span(name, text, m.start(), m.end(), "mention " + m);
            assertTrue(m.start() < m.end(), name + ": empty mention " + m);
            assertEquals(text.substring(m.start(), m.end()), m.text(), name + ": mention text at its offsets");
            assertTrue(m.start() >= previousStart, name + ": mentions in text order");
            previousStart = m.start();
            assertNotNull(m.value(), name);
            assertTrue(m.value().signum() >= 0, name + ": negative " + m);
            assertTrue(m.value().precision() - m.value().scale() <= 30, name + ": absurd value " + m);
            assertFalse(m.unit() == null || m.unit().isEmpty(), name + ": no unit " + m);
            assertNotNull(m.approx(), name);
        }
        Set<String> codes = new java.util.HashSet<>();
        for (Indicator i : a.indicators()) {
            assertTrue(codes.add(i.code()), name + ": indicator twice " + i.code());
            assertTrue(ANALYZER.catalog().indicator(i.code()).isPresent(), name + ": unknown code " + i.code());
            assertNotNull(i.value(), name);
            assertNotNull(i.approx(), name);
            assertTrue(i.confidence() >= 0 && i.confidence() <= 1, name + ": confidence " + i.confidence());
            assertFalse(i.evidence().isEmpty(), name + ": indicator without evidence " + i.code());
            for (Indicator.Evidence e : i.evidence()) {
                span(name, text, e.start(), e.end(), "evidence of " + i.code());
                assertTrue(mentionSpans.contains(e.start() + ":" + e.end()), name + ": evidence is no mention " + i.code());
                assertTrue(e.sentence().contains(text.substring(e.start(), e.end())),
                        name + ": evidence sentence does not show its figure, " + i.code());
                assertTrue(e.sentence().length() <= Sentences.EVIDENCE_MAX, name + ": evidence sentence too long");
            }
        }
        for (Finding f : a.findings()) {
            assertNotNull(f.code(), name);
            assertNotNull(f.severity(), name);
            assertFalse(f.message() == null || f.message().isEmpty(), name + ": finding without message");
            for (Span s : f.evidence()) {
                assertNotNull(s, name + ": null evidence in " + f.code());
                span(name, text, s.start(), s.end(), "finding " + f.code());
            }
        }
    }

    private static void checkMetadata(String name, String text, ReportMetadata m) {
        assertNotNull(m, name);
        assertEquals(m.title() == null, m.titleSpan() == null, name + ": title and its span");
        if (m.title() != null) {
            span(name, text, m.titleSpan().start(), m.titleSpan().end(), "title");
            assertEquals(text.substring(m.titleSpan().start(), m.titleSpan().end()), m.title(), name + ": title");
        }
        assertEquals(m.year() == null, m.yearSpan() == null, name + ": year and its span");
        if (m.year() != null) {
            span(name, text, m.yearSpan().start(), m.yearSpan().end(), "year");
            assertTrue(text.startsWith(m.year().toString(), m.yearSpan().start()), name + ": year at its offsets");
        }
        assertEquals(m.township() == null, m.townshipSpan() == null, name + ": township and its span");
        if (m.township() != null) {
            span(name, text, m.townshipSpan().start(), m.townshipSpan().end(), "township");
            assertEquals(text.substring(m.townshipSpan().start(), m.townshipSpan().end()), m.township(), name + ": township");
        }
    }

    private static void checkHeading(String name, String text, Heading h, int parentLevel) {
        assertTrue(h.level() > parentLevel && h.level() <= 4, name + ": heading level " + h.level() + " under " + parentLevel);
        span(name, text, h.start(), h.end(), "heading");
        assertFalse(h.title().isEmpty(), name + ": empty heading title");
        assertTrue(text.substring(h.start(), h.end()).contains(h.title()), name + ": heading title outside its span");
        assertTrue(text.startsWith(h.marker(), h.start()), name + ": heading marker at its start");
        for (Heading child : h.children()) {
            checkHeading(name, text, child, h.level());
        }
    }

    private static void checkSections(String name, String text, ReportAnalysis a) {
        assertEquals(ANALYZER.catalog().sections().size(), a.sections().size(), name + ": one status per section");
        for (SectionStatus s : a.sections()) {
            assertEquals(s.present(), s.heading() != null, name + ": section " + s.code());
            if (s.heading() != null) {
                span(name, text, s.heading().start(), s.heading().end(), "section " + s.code());
            }
        }
    }

    private static void span(String name, String text, int start, int end, String what) {
        if (start < 0 || end < start || end > text.length()) {
            fail(name + ": " + what + " at [" + start + ", " + end + ") outside a text of " + text.length());
        }
        for (int at : new int[] {start, end}) {
            if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                    && Character.isLowSurrogate(text.charAt(at))) {
                fail(name + ": " + what + " cuts a surrogate pair at " + at);
            }
        }
    }
}
