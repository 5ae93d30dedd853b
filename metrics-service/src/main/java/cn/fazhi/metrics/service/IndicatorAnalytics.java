package cn.fazhi.metrics.service;

import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.IndicatorDefinition;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.ConsistencyView;
import cn.fazhi.api.CoverageView;
import cn.fazhi.api.IndicatorTotalView;
import cn.fazhi.api.IndicatorTotalsView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.RankingView;
import cn.fazhi.api.RegionAggregateView;
import cn.fazhi.api.TownshipFigureView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.metrics.mapping.AnalyticsMapper;
import cn.fazhi.metrics.mapping.CsvSink;
import cn.fazhi.metrics.mapping.ExportTables;
import cn.fazhi.metrics.mapping.TableSink;
import cn.fazhi.metrics.mapping.XlsxSink;
import cn.fazhi.metrics.service.AnalyticsAnswers.Question;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import cn.fazhi.metrics.repository.PlaceNameRepository;
import cn.fazhi.metrics.repository.PlaceRegisterRepository;
import cn.fazhi.metrics.repository.RegionRange;
import cn.fazhi.metrics.repository.TownshipFigureRepository;
import cn.fazhi.metrics.repository.TownshipFigureRepository.Aggregate;
import cn.fazhi.metrics.repository.TownshipFigureRepository.RateParts;
import cn.fazhi.metrics.repository.TownshipFigureRepository.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Indicators over a region for dashboards and portals, read from the township figures that
 * {@link AnalyticsUpkeep} keeps current: a {@code sum} indicator is added up; a {@code rate} is
 * recomputed from the totals of the parts the catalog names (numerator, denominator), and a rate
 * without catalogued parts gets only its distribution, because an average of rates is not a rate.
 * Every total comes with its coverage against the register's expected townships. Totals, trends and
 * rankings are kept by {@link AnalyticsAnswers} until their province's figures change.
 */
@ApplicationScoped
public class IndicatorAnalytics {

    /** The longest range of years one request may span. */
    static final int YEARS_MAX = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TownshipFigureRepository figures;
    private final PlaceRegisterRepository register;
    private final PlaceNameRepository names;
    private final IndicatorCatalog catalog;
    private final AnalyticsAnswers answers;

    public IndicatorAnalytics(TownshipFigureRepository figures, PlaceRegisterRepository register,
            PlaceNameRepository names, ReportAnalyzer analyzer, AnalyticsAnswers answers) {
        this.answers = answers;
        this.figures = figures;
        this.register = register;
        this.names = names;
        this.catalog = analyzer.catalog();
    }

    /** The years a request asks for: {@code year}, or {@code from} to {@code to}. */
    public record Years(int from, int to) {

        public static Years of(Integer year, Integer from, Integer to) {
            if (year != null && (from != null || to != null)) {
                throw ProblemException.invalid("year", "请只指定年度 year，或起止年度 from 和 to，不能同时指定");
            }
            if (year != null) {
                return new Years(year, year);
            }
            if (from == null || to == null) {
                throw ProblemException.invalid(from == null ? "from" : "to", "必须指定年度 year，或同时指定起止年度 from 和 to");
            }
            if (from > to) {
                throw ProblemException.invalid("from", "起始年度 from 不能晚于截止年度 to");
            }
            if (to - from + 1 > YEARS_MAX) {
                throw ProblemException.invalid("to", "一次最多查询" + YEARS_MAX + "个年度");
            }
            return new Years(from, to);
        }
    }

    /** Totals (with the child regions' when {@code breakdown}), or a trend when the years are a range. */
    public IndicatorTotalsView totals(String region, List<String> codes, Years years, String basis, boolean breakdown,
            Caller caller) {
        Scope scope = AnalyticsScope.of(caller, region, basis);
        List<IndicatorDefinition> indicators = indicators(codes);
        Question question = new Question("totals", region, codesOf(indicators), years.from(), years.to(), scope.basis(),
                scope.publishedOnly(), breakdown ? "breakdown" : "");
        return answers.answer(question, () -> QuarkusTransaction.joiningExisting()
                .call(() -> computeTotals(region, indicators, years, breakdown, scope)),
                answer -> answer.totals().stream().mapToInt(total -> 1 + total.children().size()).sum());
    }

    private IndicatorTotalsView computeTotals(String region, List<IndicatorDefinition> indicators, Years years,
            boolean breakdown, Scope scope) {
        RegionRange range = new RegionRange(region);
        Map<Key, Aggregate> own = byKey(figures.aggregates(scope, codesOf(indicators), range, region.length(),
                years.from(), years.to()));
        Map<Integer, Map<String, Long>> expected = register.expected(range, region.length(), years.from(), years.to());
        boolean children = breakdown && !range.isTownship();
        Map<Key, Aggregate> childAggregates = children ? byKey(figures.aggregates(scope, codesOf(indicators), range,
                range.childLength(), years.from(), years.to())) : Map.of();
        Map<Integer, Map<String, Long>> childExpected = children
                ? register.expected(range, range.childLength(), years.from(), years.to()) : Map.of();
        Map<String, String> regionNames = names.namesOn(childCodes(region, childAggregates, childExpected),
                PlaceNames.reportDay(years.to()));

        List<IndicatorTotalView> totals = new ArrayList<>();
        for (IndicatorDefinition indicator : indicators) {
            String method = method(indicator);
            Map<Key, RateParts> parts = Map.of();
            Map<Key, RateParts> childParts = Map.of();
            if ("RATE_FROM_PARTS".equals(method)) {
                parts = partsByKey(figures.rateParts(scope, indicator.numerator(), indicator.denominator(), range,
                        region.length(), years.from(), years.to()));
                childParts = children ? partsByKey(figures.rateParts(scope, indicator.numerator(),
                        indicator.denominator(), range, range.childLength(), years.from(), years.to())) : Map.of();
            }
            for (int year = years.from(); year <= years.to(); year++) {
                RegionAggregateView regionView = aggregate(method, region, regionNames.get(region),
                        own.get(new Key(indicator.code(), year, region)), parts.get(new Key("", year, region)),
                        expected.getOrDefault(year, Map.of()).getOrDefault(region, 0L));
                List<RegionAggregateView> childViews = new ArrayList<>();
                if (children) {
                    Set<String> childRegions = new TreeSet<>(childExpected.getOrDefault(year, Map.of()).keySet());
                    for (Key key : childAggregates.keySet()) {
                        if (key.code().equals(indicator.code()) && key.year() == year) {
                            childRegions.add(key.group());
                        }
                    }
                    for (String child : childRegions) {
                        childViews.add(aggregate(method, child, regionNames.get(child),
                                childAggregates.get(new Key(indicator.code(), year, child)),
                                childParts.get(new Key("", year, child)),
                                childExpected.getOrDefault(year, Map.of()).getOrDefault(child, 0L)));
                    }
                }
                totals.add(new IndicatorTotalView(indicator.code(), indicator.name(), indicator.unit(),
                        indicator.aggregation(), method, year, regionView, childViews));
            }
        }
        return new IndicatorTotalsView(region, regionNames.get(region), range.level(), scope.basis(), years.from(),
                years.to(), totals);
    }

    public RankingView ranking(String region, String code, int year, String order, int limit, String basis,
            Caller caller) {
        Scope scope = AnalyticsScope.of(caller, region, basis);
        IndicatorDefinition indicator = indicators(List.of(code)).get(0);
        boolean highestFirst = !"bottom".equals(order);
        Question question = new Question("ranking", region, List.of(code), year, year, scope.basis(),
                scope.publishedOnly(), (highestFirst ? "top:" : "bottom:") + limit);
        return answers.answer(question, () -> QuarkusTransaction.joiningExisting()
                .call(() -> computeRanking(region, indicator, year, highestFirst, limit, scope)),
                answer -> 1 + answer.townships().size());
    }

    private RankingView computeRanking(String region, IndicatorDefinition indicator, int year, boolean highestFirst,
            int limit, Scope scope) {
        String code = indicator.code();
        List<TownshipFigureView> ranked = figures.ranking(scope, code, new RegionRange(region), year, highestFirst, limit)
                .stream().map(AnalyticsMapper::toView)
                .sorted(Comparator.comparing(TownshipFigureView::rank)
                        .thenComparing(TownshipFigureView::townshipCode))
                .toList();
        return new RankingView(region, names.nameOn(region, PlaceNames.reportDay(year)).orElse(null), code,
                indicator.name(), indicator.unit(), year, scope.basis(), highestFirst ? "top" : "bottom", limit, ranked);
    }

    @Transactional
    public PageView<TownshipFigureView> figures(String region, List<String> codes, Years years, String basis, int page,
            int size, Caller caller) {
        Scope scope = AnalyticsScope.of(caller, region, basis);
        List<String> asked = indicators(codes).stream().map(IndicatorDefinition::code).toList();
        RegionRange range = new RegionRange(region);
        List<TownshipFigureView> items = figures.page(scope, asked, range, years.from(), years.to(), page * size, size)
                .stream().map(AnalyticsMapper::toView).toList();
        return new PageView<>(items, page, size, figures.count(scope, asked, range, years.from(), years.to()));
    }

    /**
     * Every township figure of the region as CSV or XLSX, written while the rows are read from a
     * database cursor (in a transaction of its own, once the response has begun): a province's or the
     * country's figures never sit in memory. The scope and the parameters are checked before.
     */
    public StreamingOutput export(String region, List<String> codes, Years years, String basis, boolean xlsx,
            Caller caller) {
        Scope scope = AnalyticsScope.of(caller, region, basis);
        List<String> asked = indicators(codes).stream().map(IndicatorDefinition::code).toList();
        RegionRange range = new RegionRange(region);
        return out -> QuarkusTransaction.requiringNew().run(() -> {
            try (TableSink sink = xlsx ? new XlsxSink(out) : new CsvSink(out);
                    Stream<TownshipFigureRepository.Figure> rows = figures.stream(scope, asked, range, years.from(),
                            years.to())) {
                sink.table("乡镇指标数字", ExportTables.FIGURE_HEADERS);
                for (var iterator = rows.iterator(); iterator.hasNext();) {
                    sink.row(ExportTables.figureRow(AnalyticsMapper.toView(iterator.next())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Transactional
    public ConsistencyView consistency(String region, int year) {
        RegionRange range = new RegionRange(region);
        long missing = figures.missing(range, year);
        long stale = figures.stale(range, year);
        return new ConsistencyView(region, year, figures.kept(range, year), figures.recomputed(range, year), missing,
                stale, missing == 0 && stale == 0);
    }

    /** How an indicator's value over townships is obtained. */
    private static String method(IndicatorDefinition indicator) {
        if (!indicator.isRate()) {
            return "SUM";
        }
        return indicator.numerator() != null && indicator.denominator() != null ? "RATE_FROM_PARTS" : "DISTRIBUTION_ONLY";
    }

    private static RegionAggregateView aggregate(String method, String code, String name, Aggregate own, RateParts parts,
            long expected) {
        BigDecimal value = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        long stated = own == null ? 0 : own.count();
        switch (method) {
            case "SUM" -> value = own == null ? BigDecimal.ZERO : own.sum();
            case "RATE_FROM_PARTS" -> {
                numerator = parts == null ? BigDecimal.ZERO : parts.numerator();
                denominator = parts == null ? BigDecimal.ZERO : parts.denominator();
                stated = parts == null ? 0 : parts.townships();
                value = denominator.signum() == 0 ? null
                        : numerator.multiply(HUNDRED).divide(denominator, new MathContext(12, RoundingMode.HALF_EVEN))
                                .setScale(2, RoundingMode.HALF_EVEN);
            }
            default -> {
            }
        }
        return new RegionAggregateView(code, name, RegionRange.levelOf(code), value, numerator, denominator,
                AnalyticsMapper.distribution(own), new CoverageView(stated, expected),
                own == null ? 0 : own.engineOnly());
    }

    /** The catalog's definitions of the codes asked for, in that order, once each; 400 for a code it lacks. */
    private List<IndicatorDefinition> indicators(List<String> codes) {
        List<IndicatorDefinition> found = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            found.add(catalog.indicator(code).orElseThrow(() -> ProblemException.invalid("indicator",
                    "指标目录中没有指标 " + code + "（见 /api/v1/indicators/catalog）")));
        }
        return found;
    }

    /** The codes whose own figures are aggregated: every indicator asked (a rate's distribution too). */
    private static List<String> codesOf(List<IndicatorDefinition> indicators) {
        return indicators.stream().map(IndicatorDefinition::code).toList();
    }

    private static Set<String> childCodes(String region, Map<Key, Aggregate> aggregates,
            Map<Integer, Map<String, Long>> expected) {
        Set<String> codes = new TreeSet<>();
        codes.add(region);
        aggregates.keySet().forEach(key -> codes.add(key.group()));
        expected.values().forEach(groups -> codes.addAll(groups.keySet()));
        return codes;
    }

    private record Key(String code, int year, String group) {
    }

    private static Map<Key, Aggregate> byKey(List<Aggregate> aggregates) {
        Map<Key, Aggregate> keyed = new HashMap<>();
        aggregates.forEach(a -> keyed.put(new Key(a.code(), a.year(), a.group()), a));
        return keyed;
    }

    private static Map<Key, RateParts> partsByKey(List<RateParts> parts) {
        Map<Key, RateParts> keyed = new HashMap<>();
        parts.forEach(p -> keyed.put(new Key("", p.year(), p.group()), p));
        return keyed;
    }
}
