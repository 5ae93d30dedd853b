package cn.fazhi.messaging;

/**
 * An event that no retry can make processable: not JSON, not a CloudEvent of the expected
 * contract, or missing a field. Consumers stop retrying and the connector moves it to the
 * dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
