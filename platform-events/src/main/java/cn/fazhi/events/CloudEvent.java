package cn.fazhi.events;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, as written to every topic of the platform.
 *
 * <p>Structured mode keeps the whole event (id, type, source, data) in the record value, so an
 * event copied to a dead-letter topic or replayed from an archive still says what it is without
 * its Kafka headers.
 *
 * @param specversion always {@value #SPEC_VERSION}
 * @param id          unique per event; consumers use it to drop repeats
 * @param source      the producing service, e.g. {@code /report-service}
 * @param type        the contract type, see {@link EventContract#type()}
 * @param subject     the report the event is about
 * @param time        when the state change committed
 * @param data        the contract's payload record
 */
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String DATA_CONTENT_TYPE = "application/json";
}
