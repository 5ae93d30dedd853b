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
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.reportId = reviewCase.reportId;
        entry.version = reviewCase.version;
        entry.townshipCode = reviewCase.townshipCode;
        entry.actor = actor;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.reason = reason;
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entries.persist(entry);
    }
}
