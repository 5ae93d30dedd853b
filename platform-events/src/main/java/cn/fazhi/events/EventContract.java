package cn.fazhi.events;

/**
 * Every event the platform exchanges: its topic, its CloudEvents type and its payload record.
 *
 * <p>Producers and consumers both name an event by this enum, so a topic or type string is never
 * spelled twice. A JSON Schema for each payload lives in {@code /schemas/<topic>.json}.
 */
public enum EventContract {
    REPORT_SUBMITTED("reports.submitted", "cn.fazhi.report.submitted.v1", ReportSubmitted.class),
    REPORT_ANALYZED("reports.analyzed", "cn.fazhi.report.analyzed.v1", ReportAnalyzed.class),
    REVIEW_DECIDED("reviews.decided", "cn.fazhi.review.decided.v1", ReviewDecided.class),
    PLACES_CHANGED("places.changed", "cn.fazhi.places.changed.v1", PlacesChanged.class),
    FIGURE_DECIDED("figures.decided", "cn.fazhi.figure.decided.v1", FigureDecided.class);

    /** Suffix of the topic that receives the events a consumer could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String topic;
    private final String type;
    private final Class<? extends Record> payload;

    EventContract(String topic, String type, Class<? extends Record> payload) {
        this.topic = topic;
        this.type = type;
        this.payload = payload;
    }

    public String topic() {
        return topic;
    }

    public String type() {
        return type;
    }

    public Class<? extends Record> payload() {
        return payload;
    }

    public String deadLetterTopic() {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + topic + ".json";
    }

    public static EventContract ofType(String type) {
        for (EventContract contract : values()) {
            if (contract.type.equals(type)) {
                return contract;
            }
        }
        throw new IllegalArgumentException("unknown event type: " + type);
    }
}
