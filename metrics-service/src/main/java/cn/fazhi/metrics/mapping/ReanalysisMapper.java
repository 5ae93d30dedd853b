package cn.fazhi.metrics.mapping;

import cn.fazhi.api.ReanalysisView;
import cn.fazhi.metrics.Reanalysis;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A run as the API shows it, with its rate and the time left worked out from its progress. */
public final class ReanalysisMapper {

    private ReanalysisMapper() {
    }

    public static ReanalysisView toView(Reanalysis run) {
        OffsetDateTime until = run.finishedAt != null ? run.finishedAt : OffsetDateTime.now(ZoneOffset.UTC);
        double seconds = Math.max(0.001, Duration.between(run.startedAt, until).toMillis() / 1000.0);
        double rate = run.done / seconds;
        Long eta = run.status == Reanalysis.Status.RUNNING && rate > 0
                ? (long) Math.ceil(Math.max(0, run.total - run.done) / rate) : null;
        return new ReanalysisView(run.id, run.status.name(), run.year, run.regionCode, run.engineVersion,
                run.catalogVersion, run.total, run.done, run.rewritten, run.alreadyCurrent, run.failed, run.disagreements, run.withoutText,
                Math.round(rate * 10) / 10.0, eta, run.startedBy, run.startedAt, run.finishedAt);
    }
}
