package cn.fazhi.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Places of the register (review-service) changed: each place that changed, with its whole
 * timeline, so that a consumer replaces what it holds of that place and needs no earlier event.
 *
 * <p>Every change of the register is announced in the transaction that makes it, in events of at
 * most {@value #MAX_PLACES} places, keyed by the province (the code's first two digits) so that the
 * changes of one place stay in order. The first load of the national list is announced the same
 * way (≈ 90 events for 44,703 places).
 */
public record PlacesChanged(List<Place> places) {

    /** Most places in one event (≈ 150 bytes each, well under Kafka's 1 MB default). */
    public static final int MAX_PLACES = 500;

    /**
     * A place and its timeline.
     *
     * @param parentCode {@code null} for a province
     * @param level      {@code PROVINCE}, {@code CITY}, {@code COUNTY} or {@code TOWNSHIP}
     * @param validFrom  the first day it exists; {@code null}: since the register began (the 2023 national list)
     * @param validUntil the first day it no longer exists; {@code null}: it exists
     * @param mergedInto the place that absorbed it, or {@code null}
     * @param revision   grows with every change of the place: a consumer keeps the highest it has seen
     * @param names      its names, oldest first
     */
    public record Place(String code, @Nullable String parentCode, String level, @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil, @Nullable String mergedInto, long revision, List<Name> names) {
    }

    /**
     * A name and the days it is the place's name.
     *
     * @param validFrom  {@code null}: since the place exists
     * @param validUntil the day a later name takes over; {@code null}: the name in force
     */
    public record Name(String name, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil) {
    }
}
