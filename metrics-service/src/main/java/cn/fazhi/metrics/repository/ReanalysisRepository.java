package cn.fazhi.metrics.repository;

import cn.fazhi.metrics.Reanalysis;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReanalysisRepository implements PanacheRepositoryBase<Reanalysis, UUID> {

    public List<Reanalysis> recent(int count) {
        return findAll(Sort.descending("startedAt")).page(0, count).list();
    }

    public Optional<Reanalysis> running() {
        return find("status", Reanalysis.Status.RUNNING).firstResultOptional();
    }

    /** The running run, locked, when its worker has shown no sign of life since {@code silentSince}. */
    public Optional<Reanalysis> abandoned(OffsetDateTime silentSince) {
        return find("status = ?1 and heartbeatAt < ?2", Reanalysis.Status.RUNNING, silentSince)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
