package cn.fazhi.metrics.repository;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A list of ids as one PostgreSQL array literal, bound as a single parameter and cast in the query
 * ({@code cast(:reports as uuid[])}): one statement for a batch of reports whatever its size, where
 * an {@code in (...)} list would be a new statement, and a new plan, for every length.
 */
final class SqlArrays {

    private SqlArrays() {
    }

    static String uuids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
