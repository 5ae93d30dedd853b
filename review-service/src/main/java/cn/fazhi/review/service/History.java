package cn.fazhi.review.service;

import cn.fazhi.review.HistoryEntry;
import cn.fazhi.review.ReviewCase;
import cn.fazhi.review.repository.HistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Records every state change and comment of a report, in the transaction that makes it. */
@ApplicationScoped
public class History {

    private final HistoryRepository entries;

    public History(HistoryRepository entries) {
        this.entries = entries;
    }

    void record(ReviewCase reviewCase, String actor, String action, String from, String to, String reason) {
        record(reviewCase.reportId, reviewCase.version, reviewCase.townshipCode, actor, action, from, to, reason,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** A step that happened elsewhere (a clerk's decision on a figure, in metrics-service), at the time it happened. */
    void record(UUID reportId, int version, String townshipCode, String actor, String action, String from, String to,
            String reason, OffsetDateTime at) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.reportId = reportId;
        entry.version = version;
        entry.townshipCode = townshipCode;
        entry.actor = actor;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.reason = reason;
        entry.at = at;
        entries.persist(entry);
    }
}
