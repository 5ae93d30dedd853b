package cn.fazhi.events;

import java.util.List;
import java.util.UUID;

/**
 * A reviewer decided on a report version at one level of the approval chain.
 *
 * <p>Only review-service knows a version's approval chain and where its review stands in it, so it
 * says here whether the decision settles the review: followers act on this event's fields alone and
 * never recompute the chain.
 *
 * @param level         the administrative level that decided, e.g. {@code COUNTY}
 * @param decision      what the level decided
 * @param finalDecision no review decision at a higher level of the chain follows for this version:
 *                      true for {@link Decision#RETURNED}, for {@link Decision#APPROVED} at the chain's
 *                      last level (the version is approved) and for {@link Decision#PUBLISHED}; false
 *                      for an approval that moves the version up to the next level
 * @param commentIds    the comments of the deciding level, to show with the decision
 */
public record ReviewDecided(
        UUID reportId,
        int version,
        String townshipCode,
        String level,
        Decision decision,
        boolean finalDecision,
        String reviewer,
        List<UUID> commentIds) {

    /** What a level of the approval chain (or, for publication, an admin) decided. */
    public enum Decision {
        /** Approved at this level: up to the next level, or, at the last one, approved. */
        APPROVED,
        /** Sent back to the township, which submits a new version. */
        RETURNED,
        /** The approved version is made public. */
        PUBLISHED
    }
}
