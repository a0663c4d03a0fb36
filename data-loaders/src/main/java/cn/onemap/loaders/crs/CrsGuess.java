package cn.onemap.loaders.crs;

import java.util.List;
import java.util.Optional;

/**
 * What the coordinate values suggest about their CRS.
 *
 * @param code the CRS to use when the guess is safe enough to proceed on (with a warning)
 * @param needsConfirmation true when the values fit several CRSs (e.g. a Gauss-Krüger easting
 *     without the zone prefix fits every zone): the user must name one; {@code candidates} lists
 *     the likely ones
 * @param candidates likely codes, best first
 * @param reason why, for the report and the error message
 */
public record CrsGuess(
    Optional<String> code, boolean needsConfirmation, List<String> candidates, String reason) {
  public CrsGuess {
    candidates = List.copyOf(candidates);
  }

  static CrsGuess sure(String code, String reason) {
    return new CrsGuess(Optional.of(code), false, List.of(code), reason);
  }

  static CrsGuess confirm(List<String> candidates, String reason) {
    return new CrsGuess(Optional.empty(), true, candidates, reason);
  }

  static CrsGuess unknown(String reason) {
    return new CrsGuess(Optional.empty(), true, List.of(), reason);
  }
}
