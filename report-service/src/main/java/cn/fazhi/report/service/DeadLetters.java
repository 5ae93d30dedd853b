package cn.fazhi.report.service;

import cn.fazhi.api.DeadLetterView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReplayView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.messaging.Outbox;
import cn.fazhi.report.DeadLetter;
import cn.fazhi.report.mapping.DeadLetterMapper;
import cn.fazhi.report.repository.DeadLetterRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The admin's side of dead letters: what is waiting, send it back, or give it up with a reason.
 *
 * <p>A replay goes through the outbox in the same transaction as the dead letter's new status, so
 * a replay is never recorded without being sent, nor sent twice by two admins (the row is locked).
 * The record goes back to its original topic unchanged: every consumer group sees it again, and
 * the inbox of each one that had applied it makes the repeat a no-op.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final DeadLetterRepository letters;
    private final Outbox outbox;

    public DeadLetters(DeadLetterRepository letters, Outbox outbox) {
        this.letters = letters;
        this.outbox = outbox;
    }

    /** Keeps a record that arrived on a dead-letter topic; a repeat of the same record is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DeadLetter letter) {
        if (letters.recordOnce(letter)) {
            LOG.warnf("dead letter from %s (%s, consumer %s): %s", letter.topic, letter.eventId, letter.consumer,
                    letter.reason);
        }
    }

    @Transactional
    public PageView<DeadLetterView> list(String topic, String status, int page, int size) {
        DeadLetter.Status wanted = status == null ? DeadLetter.Status.WAITING : DeadLetter.Status.valueOf(status);
        PanacheQuery<DeadLetter> query = letters.list(topic, wanted).page(page, size);
        return new PageView<>(query.list().stream().map(DeadLetterMapper::summary).toList(), page, size, query.count());
    }

    @Transactional
    public DeadLetterView get(UUID id) {
        return DeadLetterMapper.full(find(id, LockModeType.NONE));
    }

    @Transactional
    public DeadLetterView replay(UUID id, Caller admin) {
        DeadLetter letter = waiting(id);
        resend(letter, admin);
        return DeadLetterMapper.full(letter);
    }

    @Transactional
    public ReplayView replayTopic(String topic, Caller admin) {
        List<DeadLetter> waiting = letters.waitingOf(topic);
        waiting.forEach(letter -> resend(letter, admin));
        return new ReplayView(waiting.size(), waiting.stream().map(letter -> letter.id).toList());
    }

    @Transactional
    public DeadLetterView discard(UUID id, String reason, Caller admin) {
        DeadLetter letter = waiting(id);
        letter.status = DeadLetter.Status.DISCARDED;
        letter.discardReason = reason.strip();
        resolved(letter, admin);
        LOG.infof("dead letter %s (%s from %s) discarded by %s: %s", letter.id, letter.eventId, letter.topic,
                admin.subject(), letter.discardReason);
        return DeadLetterMapper.full(letter);
    }

    private void resend(DeadLetter letter, Caller admin) {
        String key = letter.recordKey != null ? letter.recordKey : letter.eventId != null ? letter.eventId : letter.id.toString();
        outbox.resend(letter.topic, key, letter.eventType, letter.payload);
        letter.status = DeadLetter.Status.REPLAYED;
        resolved(letter, admin);
        LOG.infof("dead letter %s (%s) replayed to %s by %s", letter.id, letter.eventId, letter.topic, admin.subject());
    }

    private static void resolved(DeadLetter letter, Caller admin) {
        letter.resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        letter.resolvedBy = admin.subject();
    }

    private DeadLetter waiting(UUID id) {
        DeadLetter letter = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (letter.status != DeadLetter.Status.WAITING) {
            throw ProblemException.conflict("dead-letter-resolved", "死信 " + id + " 已于 " + letter.resolvedAt + " 由 "
                    + letter.resolvedBy + (letter.status == DeadLetter.Status.REPLAYED ? " 重放" : " 丢弃") + "，不能再次处理");
        }
        return letter;
    }

    private DeadLetter find(UUID id, LockModeType lock) {
        DeadLetter letter = letters.findById(id, lock);
        if (letter == null) {
            throw ProblemException.notFound("死信 " + id + " 不存在");
        }
        return letter;
    }
}
