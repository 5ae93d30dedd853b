package cn.fazhi.metrics.service;

import cn.fazhi.messaging.AfterCommit;
import cn.fazhi.metrics.config.MetricsConfig;
import cn.fazhi.metrics.repository.AnalyticsGenerationRepository;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The analytics' answers kept in memory while nothing behind them changed, because dashboards ask the
 * same few questions over and over (a province's totals, its rankings, its completeness) and each
 * answer otherwise reads every township figure of the region. An answer about a region depends only on
 * the township figures and campaign progress of its province in its years, and on the register; each
 * of those has a counter moved in the transaction of every change to it ({@code analytics_generation}).
 * An answer is kept with the counters read before it was computed and given again only while they are
 * the same, so it can be newer than its counters but never older than what they say.
 *
 * <p>The counters are read all at once (a small table) at most every {@code metrics.analytics.freshness};
 * a change committed through this service is seen at once, one committed through another instance
 * within that time. The caller's right to the region is checked before the question is asked here:
 * an answer is shared only by callers allowed to read it, and the question names everything it
 * depends on (basis, published figures only).
 */
@ApplicationScoped
public class AnalyticsAnswers {

    /** Everything an answer depends on besides the data: its kind, its region and its parameters. */
    public record Question(String kind, String region, List<String> indicators, int from, int to, String basis,
            boolean publishedOnly, String detail) {
    }

    private record Answer(List<Long> stamp, Object value, int rows) {
    }

    private record Counters(Map<String, Long> generations, long readFrom) {
    }

    private final AnalyticsGenerationRepository generations;
    private final TransactionSynchronizationRegistry transactions;
    private final Cache<Question, Answer> answers;
    private final long freshness;
    private final ReentrantLock reading = new ReentrantLock();
    private final AtomicLong changedHere = new AtomicLong(System.nanoTime());
    private volatile Counters counters = new Counters(Map.of(), Long.MIN_VALUE);

    public AnalyticsAnswers(AnalyticsGenerationRepository generations, TransactionSynchronizationRegistry transactions,
            MetricsConfig config) {
        this.generations = generations;
        this.transactions = transactions;
        // bounded by the rows kept, not the answers: a province's trend of many indicators outweighs a
        // township's total by thousands
        this.answers = Caffeine.newBuilder().maximumWeight(config.analytics().rows())
                .weigher((Question question, Answer answer) -> answer.rows()).build();
        this.freshness = config.analytics().freshness().toNanos();
    }

    /**
     * The kept answer to the question while its data is unchanged, or else a new one from
     * {@code compute}; {@code rows} says how many rows (regions, townships) an answer holds.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(Question question, Supplier<T> compute, ToIntFunction<T> rows) {
        List<Long> stamp = stamp(question);
        Answer kept = answers.getIfPresent(question);
        if (kept != null && kept.stamp().equals(stamp)) {
            return (T) kept.value();
        }
        T value = compute.get();
        answers.put(question, new Answer(stamp, value, Math.max(1, rows.applyAsInt(value))));
        return value;
    }

    /**
     * The analytics change in the current transaction (the caller moved the counters in it): once it
     * commits, this service reads the counters again before its next answer.
     */
    public void changing() {
        AfterCommit.run(transactions, () -> changedHere.set(System.nanoTime()));
    }

    /** The counters of the question's province in its years, then the register's. */
    private List<Long> stamp(Question question) {
        Map<String, Long> current = current();
        String province = question.region().substring(0, 2);
        List<Long> stamp = new ArrayList<>(question.to() - question.from() + 2);
        for (int year = question.from(); year <= question.to(); year++) {
            stamp.add(current.getOrDefault(AnalyticsGenerationRepository.key(province, year), 0L));
        }
        stamp.add(current.getOrDefault(AnalyticsGenerationRepository.key(AnalyticsGenerationRepository.REGISTER, 0), 0L));
        return stamp;
    }

    private Map<String, Long> current() {
        Counters seen = counters;
        if (fresh(seen)) {
            return seen.generations();
        }
        reading.lock();
        try {
            seen = counters;
            if (!fresh(seen)) {
                long from = System.nanoTime();
                seen = new Counters(QuarkusTransaction.requiringNew().call(generations::all), from);
                counters = seen;
            }
            return seen.generations();
        } finally {
            reading.unlock();
        }
    }

    private boolean fresh(Counters seen) {
        long now = System.nanoTime();
        return seen.readFrom() != Long.MIN_VALUE && seen.readFrom() - changedHere.get() > 0
                && now - seen.readFrom() < freshness;
    }
}
