package cn.fazhi.events;

import java.util.List;
import java.util.UUID;

/**
 * A reviewer decided on a report version at one level of the approval chain.
 *
 * @param level    the administrative level that decided, e.g. {@code COUNTY}
 * @param decision {@code APPROVED}, {@code RETURNED} or {@code PUBLISHED}
 */
public record ReviewDecided(
        UUID reportId,
        int version,
        String townshipCode,
        String level,
        String decision,
        String reviewer,
        List<UUID> commentIds) {
}
