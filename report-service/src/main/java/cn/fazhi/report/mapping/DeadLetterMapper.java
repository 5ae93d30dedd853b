package cn.fazhi.report.mapping;

import cn.fazhi.api.DeadLetterView;
import cn.fazhi.report.DeadLetter;

/** A dead letter as the operations API shows it: without its payload in a list, with it alone. */
public final class DeadLetterMapper {

    private DeadLetterMapper() {
    }

    public static DeadLetterView summary(DeadLetter letter) {
        return view(letter, null);
    }

    public static DeadLetterView full(DeadLetter letter) {
        return view(letter, letter.payload);
    }

    private static DeadLetterView view(DeadLetter letter, String payload) {
        return new DeadLetterView(letter.id, letter.topic, letter.eventId, letter.eventType, letter.subject,
                letter.consumer, letter.reason, letter.exceptionClass, letter.attempts, letter.deadLetteredAt,
                letter.status.name(), letter.resolvedAt, letter.resolvedBy, letter.discardReason, payload);
    }
}
