package cn.onemap.address;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one query: candidates best first (several when ambiguous), the normalized text the
 * engine worked on, and an overall status.
 *
 * @param query the text as received
 * @param normalized the text after normalization (what was parsed)
 * @param candidates best first; empty when nothing matched
 * @param status the outcome, from the best candidate and the margin to the next
 */
public record GeocodeResult(
    String query, String normalized, List<Candidate> candidates, MatchStatus status) {
  public GeocodeResult {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(normalized, "normalized");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(status, "status");
  }

  public Optional<Candidate> best() {
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }
}
