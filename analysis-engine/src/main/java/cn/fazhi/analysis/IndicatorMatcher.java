package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which catalogued question each mention answers, then folds several mentions of one
 * question into one value (ANALYSIS.md §2): sub-counts in one sentence are summed (derived),
 * the same value restated is kept once with all its evidence, a value restated that the first
 * statement cannot allow (their {@link Interval}s do not meet: 120余件 and 125件 agree) is a
 * {@code CONFLICTING_VALUES} finding.
 */
final class IndicatorMatcher {

    private static final PhraseSet INCREASE = new PhraseSet(List.of("新增", "新招", "新聘", "增加了", "增长"));
    /** 每村不少于4名, 每半年召开1次: a norm or a frequency, not a total. */
    private static final Pattern PER_UNIT = Pattern.compile("每[^，。；：\\n]{0,6}$|每[村户人年月季周半]");
    /** 宣讲各1场次, 各开展宣讲1场: one figure for each of several occasions, not their total (各类 is not 各). */
    private static final Pattern EACH = Pattern.compile("各$|各(?:开展|召开|举办|组织|进行|举行)[^，。；：\\n]{0,6}$");
    private static final Pattern ALL_CERTIFIED = Pattern.compile("^[^。；\\n]{0,12}?(全部|均|都|全员)(取得|持有|持证|具备)");

    /** A definition with its phrases compiled. */
    private record Compiled(IndicatorDefinition definition, PhraseSet phrases, List<List<Phrases.Compiled>> together,
            PhraseSet excludes, PhraseSet subkinds, Phrases.Compiled topics, Phrases.Compiled actors,
            Phrases.Compiled audience,
            PhraseSet audienceWords) {
    }

    /** The windows one analysis asks a question's context words about, made when first needed. */
    private static final class Windows {
        final String text;
        final TextWindow[] topics;
        final TextWindow[] actors;
        final TextWindow[] audience;
        final TextWindow[] audienceAfter;
        final TextWindow[][][] together;

        Windows(String text, int questions) {
            this.text = text;
            this.topics = new TextWindow[questions];
            this.actors = new TextWindow[questions];
            this.audience = new TextWindow[questions];
            this.audienceAfter = new TextWindow[questions];
            this.together = new TextWindow[questions][][];
        }

        TextWindow of(TextWindow[] kind, int question, Phrases.Compiled phrases) {
            if (kind[question] == null) {
                kind[question] = new TextWindow(phrases, text);
            }
            return kind[question];
        }
    }

    /** One mention taken as an answer to one question. */
    record Answer(IndicatorDefinition definition, Mention mention, double confidence, Span sentence,
            boolean afterQizhong, int statement) {
    }

    private final IndicatorCatalog catalog;
    private final List<Compiled> compiled;

    private static final int[] NONE = {};
    /** For each unit family, the questions (indices into {@code compiled}) counted in it. */
    private final Map<String, int[]> byFamily = new java.util.HashMap<>();

    IndicatorMatcher(IndicatorCatalog catalog) {
        this.catalog = catalog;
        this.compiled = catalog.indicators().stream()
                .map(d -> new Compiled(d,
                        new PhraseSet(d.phrases().stream().filter(p -> !p.contains(Phrases.TOGETHER)).toList()),
                        d.phrases().stream().filter(p -> p.contains(Phrases.TOGETHER))
                                .map(p -> java.util.Arrays.stream(p.split(Phrases.TOGETHER)).map(Phrases::of).toList())
                                .toList(),
                        new PhraseSet(d.excludes()), new PhraseSet(d.subkinds()), Phrases.anyOf(d.topics()),
                        Phrases.anyOf(d.actors()), Phrases.anyOf(d.audience()), new PhraseSet(d.audience())))
                .toList();
        Map<String, List<Integer>> questions = new LinkedHashMap<>();
        for (int q = 0; q < compiled.size(); q++) {
            for (String family : compiled.get(q).definition().units()) {
                questions.computeIfAbsent(family, k -> new ArrayList<>()).add(q);
            }
        }
        questions.forEach((family, qs) -> byFamily.put(family, qs.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** How far after a number a question may be named (对13件决策…进行合法性审查). */
    private static final int TAIL_MAX = 40;
    /** How far after the officers' number 全部取得执法证 may stand. */
    private static final int CERTIFIED_TAIL_MAX = 24;

    /** How far before a number its sentence is read for topics, actors and audience. */
    private static final int SENTENCE_BACK = 160;

    List<Answer> answers(String text, List<Mention> mentions, Sentences sentences) {
        List<Answer> answers = new ArrayList<>();
        int[] qizhong = occurrences(text, "其中");
        int previousEnd = 0;
        String previousLead = "";
        Windows windows = new Windows(text, compiled.size());
        for (Mention mention : mentions) {
            Span sentence = sentences.at(mention.start());
            int floor = Math.max(sentence.start(), previousEnd);
            boolean zeroInWords = MentionExtractor.isZeroInWords(mention);
            int clause = sentences.clauseStart(mention.start(), floor);
            int clauseEnd = tailEnd(text, mention, sentences);
            String lead = text.substring(clause, mention.start()) + (zeroInWords ? mention.text() : "");
            String tail = text.substring(mention.end(), clauseEnd);
            // 审查行政合同15份、街道规范性文件22份: an item of an enumeration is governed by the verb before its first item
            boolean enumerated = clause == previousEnd && previousEnd > sentence.start()
                    && clause < text.length() && "、和及".indexOf(text.charAt(clause)) >= 0;
            String enumLead = enumerated ? previousLead : "";
            previousLead = enumLead + lead;
            if (previousLead.length() > TAIL_MAX * 2) {                 // a long enumeration keeps its head: the verb
                previousLead = previousLead.substring(0, TAIL_MAX * 2);
            }
            previousEnd = mention.end();
            int statement = sentences.statementStart(mention.start());
            boolean afterQizhong = lastBefore(qizhong, mention.start() - 2) >= statement;
            if (!"%".equals(mention.unit()) && (INCREASE.any(lead) || (lead.indexOf('每') >= 0 && PER_UNIT.matcher(lead).find())
                    || (lead.indexOf('各') >= 0 && EACH.matcher(lead).find()))) {
                continue;                                       // an increase or a norm is not a total
            }
            int sentenceFrom = Math.max(sentence.start(), mention.start() - SENTENCE_BACK);
            int sentenceTo = Math.min(sentence.end(), mention.end() + TAIL_MAX);
            // a rate's counted thing is often named in the clause before (审查1090件，覆盖率达100%)
            int togetherFrom = "%".equals(mention.unit()) && clause > sentence.start()
                    ? sentences.clauseStart(clause - 1, sentence.start()) : clause;
            Answer best = null;
            double bestScore = 0;
            int[] candidates = byFamily.getOrDefault(catalog.familyOf(mention.unit()), NONE);
            for (int q : candidates) {
                Compiled c = compiled.get(q);
                IndicatorDefinition d = c.definition();
                double confidence;
                int phraseLength;
                String context = lead;
                Span m = c.phrases().last(lead);
                Span inherited = m == null && enumerated ? c.phrases().last(enumLead) : null;
                Span after = m == null && inherited == null ? c.phrases().first(tail) : null;
                if (m != null) {
                    confidence = 0.9 - 0.01 * Math.min(20, lead.length() - m.end());
                    phraseLength = m.end() - m.start();
                } else if (inherited != null) {
                    confidence = 0.75;
                    phraseLength = inherited.end() - inherited.start();
                    context = enumLead.substring(inherited.start()) + lead;
                } else if (after != null) {
                    confidence = after.start() <= 4 ? 0.7 : 0.6;  // 对13件决策…进行合法性审查: named after
                    phraseLength = after.end() - after.start();
                    context = lead + tail;
                } else if (together(c, q, windows, togetherFrom, clauseEnd)) {
                    confidence = 0.6;                             // 对决策、文件及合同开展全流程审查1090件
                    phraseLength = 2;
                    context = lead + tail;
                } else {
                    continue;
                }
                if (c.excludes().any(context) || (zeroInWords && c.subkinds().any(mention.text()))) {
                    continue;
                }
                if (!d.topics().isEmpty()
                        && !windows.of(windows.topics, q, c.topics()).within(sentenceFrom, sentenceTo)) {
                    continue;                                     // 中心组学习 of the 二十大, not of law
                }
                if (!d.actors().isEmpty()
                        && !windows.of(windows.actors, q, c.actors()).within(sentenceFrom, sentenceTo)) {
                    continue;                                     // 接待法律咨询 at a fair: no adviser named
                }
                double bonus = 0;
                if (!d.audience().isEmpty()) {
                    if (c.audienceWords().any(lead) || c.audienceWords().any(tail) || c.audienceWords().any(enumLead)) {
                        bonus = 0.15;                             // 干部职工集体学法8次: who, in the figure's clause
                    } else if (windows.of(windows.audienceAfter, q, c.audience())
                            .within(mention.end(), sentenceTo)) {
                        bonus = 0.12;                             // 专题学习4次，覆盖乡村干部240余人次: whom it reached
                    } else if (windows.of(windows.audience, q, c.audience())
                            .within(sentenceFrom, mention.start())) {
                        bonus = 0.08;
                    }
                }
                double score = confidence + bonus + phraseLength / 1000.0;
                if (score > bestScore) {
                    bestScore = score;
                    best = new Answer(d, mention, round(Math.min(1, confidence + bonus)), sentence, afterQizhong, statement);
                }
            }
            if (best != null) {
                answers.add(best);
                alsoCertified(best, text, Math.min(sentence.end(), mention.end() + CERTIFIED_TAIL_MAX)).ifPresent(answers::add);
            }
        }
        return answers;
    }

    /** 3名执法人员全部取得行政执法证: the officers' number also answers the certified officers'. */
    private java.util.Optional<Answer> alsoCertified(Answer answer, String text, int tailEnd) {
        if (!answer.definition().code().equals("enforcement.officers")
                || !ALL_CERTIFIED.matcher(text).region(answer.mention().end(), tailEnd).find()) {
            return java.util.Optional.empty();
        }
        return catalog.indicator("enforcement.certified_officers")
                .map(d -> new Answer(d, answer.mention(), answer.confidence(), answer.sentence(), answer.afterQizhong(),
                        answer.statement()));
    }

    List<Indicator> fold(String text, List<Answer> answers, Sentences sentences, List<Finding> findings) {
        Map<String, List<Answer>> byCode = new LinkedHashMap<>();
        answers.forEach(a -> byCode.computeIfAbsent(a.definition().code(), k -> new ArrayList<>()).add(a));
        List<Indicator> indicators = new ArrayList<>();
        for (List<Answer> same : byCode.values()) {
            List<Statement> statements = statements(same);
            Statement first = statements.get(0);
            List<Indicator.Evidence> evidence = new ArrayList<>();
            for (Statement s : statements) {
                for (Answer a : s.parts()) {
                    evidence.add(new Indicator.Evidence(a.mention().start(), a.mention().end(), a.mention().value(),
                            sentences.evidence(a.mention().start(), a.mention().end())));
                }
            }
            for (Statement other : statements.subList(1, statements.size())) {
                if (!other.interval().overlaps(first.interval())) {
                    findings.add(conflict(first, other));
                    break;
                }
            }
            IndicatorDefinition d = first.parts().get(0).definition();
            indicators.add(new Indicator(d.code(), d.name(), first.value(), d.unit(), first.approx(), first.derived(),
                    first.confidence(), List.copyOf(evidence)));
        }
        return indicators;
    }

    /** What one sentence says about one question: a value, possibly the sum of sub-counts, and the values it allows. */
    private record Statement(List<Answer> parts, BigDecimal value, Approx approx, boolean derived, double confidence,
            Interval interval) {
    }

    private static List<Statement> statements(List<Answer> answers) {
        Map<Integer, List<Answer>> bySentence = new LinkedHashMap<>();
        answers.forEach(a -> bySentence.computeIfAbsent(a.statement(), k -> new ArrayList<>()).add(a));
        List<Statement> statements = new ArrayList<>();
        for (List<Answer> inSentence : bySentence.values()) {
            List<Answer> beforeParts = inSentence.stream().filter(a -> !a.afterQizhong()).toList();
            List<Answer> counted = beforeParts.isEmpty() ? inSentence : beforeParts;
            List<Answer> distinct = new ArrayList<>();
            java.util.Set<BigDecimal> values = new java.util.TreeSet<>();   // by compareTo: 5 and 5.0 are one value
            for (Answer a : counted) {
                if (values.add(a.mention().value())) {
                    distinct.add(a);
                }
            }
            boolean rate = counted.get(0).definition().isRate();
            if (distinct.size() == 1 || rate) {
                Answer a = distinct.get(0);
                statements.add(new Statement(counted, a.mention().value(), a.mention().approx(), false, a.confidence(),
                        Interval.of(a.mention())));
            } else {
                BigDecimal sum = distinct.stream().map(a -> a.mention().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
                double confidence = distinct.stream().mapToDouble(Answer::confidence).min().orElse(0) * 0.9;
                Interval allowed = distinct.stream().map(a -> Interval.of(a.mention()))
                        .reduce(Interval.exactly(BigDecimal.ZERO), Interval::plus);
                statements.add(new Statement(distinct, sum, combined(distinct), true, round(confidence), allowed));
            }
        }
        return statements;
    }

    private static Approx combined(List<Answer> parts) {
        boolean allExact = parts.stream().allMatch(a -> a.mention().approx() == Approx.EXACT);
        if (allExact) {
            return Approx.EXACT;
        }
        boolean atLeast = parts.stream().allMatch(a -> a.mention().approx() == Approx.EXACT
                || a.mention().approx() == Approx.AT_LEAST);
        return atLeast ? Approx.AT_LEAST : Approx.ABOUT;
    }

    private static Finding conflict(Statement first, Statement other) {
        IndicatorDefinition d = first.parts().get(0).definition();
        Mention a = first.parts().get(0).mention();
        Mention b = other.parts().get(0).mention();
        return new Finding("CONFLICTING_VALUES", Finding.Severity.INFO,
                "“" + d.name() + "”前后说法不一：先称" + a.text() + "，后称" + b.text(),
                List.of(new Span(a.start(), a.end()), new Span(b.start(), b.end())), null, d.code(), other.value(),
                first.interval().toRange(2));
    }

    /**
     * Where the words after a figure that may still name what it counts end: at the clause's end, no
     * further than {@link #TAIL_MAX}; nowhere when an enumeration's next item follows at once
     * (研讨4次、领导干部学法3次: 学法 is the next item's), while 对13件决策和43份合同进行合法性审查 names
     * its thing after both items.
     */
    private static int tailEnd(String text, Mention mention, Sentences sentences) {
        if (mention.end() < text.length() && text.charAt(mention.end()) == '、') {
            return mention.end();
        }
        return sentences.clauseEnd(mention.end(), mention.end() + TAIL_MAX);
    }

    /** Every word of one of the question's {@code A&B} phrases in {@code [from, to)}. */
    private static boolean together(Compiled c, int question, Windows windows, int from, int to) {
        if (c.together().isEmpty()) {
            return false;
        }
        if (windows.together[question] == null) {
            windows.together[question] = new TextWindow[c.together().size()][];
        }
        TextWindow[][] groups = windows.together[question];
        for (int g = 0; g < groups.length; g++) {
            List<Phrases.Compiled> words = c.together().get(g);
            if (groups[g] == null) {                               // once per question and analysis
                groups[g] = new TextWindow[words.size()];
                for (int w = 0; w < words.size(); w++) {
                    groups[g][w] = new TextWindow(words.get(w), windows.text);
                }
            }
            boolean all = true;
            for (TextWindow word : groups[g]) {
                all &= word.within(from, to);                      // every window is asked, to keep them moving
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code word} starts in {@code text}, ascending. */
    private static int[] occurrences(String text, String word) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            at.add(i);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The greatest of the sorted {@code offsets} that is at most {@code limit}, or -1. */
    private static int lastBefore(int[] offsets, int limit) {
        int i = java.util.Arrays.binarySearch(offsets, limit);
        int index = i >= 0 ? i : -i - 2;
        return index >= 0 ? offsets[index] : -1;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
