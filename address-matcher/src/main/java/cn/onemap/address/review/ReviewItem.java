package cn.onemap.address.review;

import java.time.Instant;
import java.util.Optional;

/**
 * A batch row a data steward should look at.
 *
 * @param id stable id
 * @param source the batch it came from
 * @param row its row number there
 * @param query the address text as received
 * @param normalized the text after normalization (what an alias is learned for)
 * @param proposedCode the engine's best candidate, if any
 * @param proposedAddress its standard address text, if any
 * @param confidence the best candidate's confidence (0 when none)
 * @param status where it stands
 * @param resolvedCode the code confirmed or chosen by the steward
 * @param reviewer who resolved it
 * @param note the steward's note (why rejected, …)
 * @param created when it was queued
 * @param resolved when it was resolved
 */
public record ReviewItem(
    long id,
    String source,
    long row,
    String query,
    String normalized,
    Optional<String> proposedCode,
    Optional<String> proposedAddress,
    double confidence,
    ReviewStatus status,
    Optional<String> resolvedCode,
    Optional<String> reviewer,
    Optional<String> note,
    Instant created,
    Optional<Instant> resolved) {}
