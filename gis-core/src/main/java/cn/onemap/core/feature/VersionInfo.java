package cn.onemap.core.feature;

import java.time.Instant;
import java.util.Optional;

/**
 * Provenance of one version of a feature.
 *
 * @param number 1 for the first insert, +1 for every later edit of the same feature
 * @param validFrom instant from which this version was the feature's state (inclusive)
 * @param validTo instant at which a later version replaced it (exclusive); empty while it is
 *     current
 * @param operation edit that produced the version
 * @param author who made the edit (user name or API key name)
 * @param reason why, as given by the editor; empty when none was given
 */
public record VersionInfo(
    int number,
    Instant validFrom,
    Optional<Instant> validTo,
    Operation operation,
    String author,
    Optional<String> reason) {

  public boolean isCurrent() {
    return validTo.isEmpty();
  }
}
