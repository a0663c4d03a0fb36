package cn.onemap.address;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a geocoding query: a standard address (or, when nothing finer matched, an admin
 * unit), where it is, how sure the engine is, and which parts of the query matched what. In JSON:
 * {@code {"code", "address", "x", "y", "level", "confidence", "interpolated",
 * "parts":{LEVEL:{"name", "code"}}}}.
 *
 * @param code code of the matched address (20 digits) or admin unit (6/9/12 digits); for an
 *     interpolated door, the code of the street
 * @param address the standard address text (GB/T 23705 order), or the admin unit's full name
 * @param position where it is; empty for admin units outside the city, which the engine knows by
 *     name and code only
 * @param level the finest level matched
 * @param confidence probability that this is the address meant, 0–1 (calibrated on the bureau
 *     evaluation: of answers given confidence c, about c are right)
 * @param interpolated the door plate is not in the registry; its position was interpolated along
 *     the street on the side of its parity
 * @param approximate the query described a place near this one (…旁, …对面, …附近)
 * @param parts the levels matched, coarse to fine
 * @param notes human-readable remarks (former name used, typo corrected, conflicts), in Chinese
 */
public record Candidate(
    String code,
    String address,
    Optional<Position> position,
    MatchLevel level,
    double confidence,
    boolean interpolated,
    boolean approximate,
    Map<MatchLevel, Part> parts,
    List<String> notes) {

  public Candidate {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(level, "level");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
    var copy = new EnumMap<MatchLevel, Part>(MatchLevel.class);
    copy.putAll(parts);
    parts = Collections.unmodifiableMap(copy);
    notes = List.copyOf(notes);
  }

  /** The part of a level, when it matched. */
  public Optional<Part> part(MatchLevel level) {
    return Optional.ofNullable(parts.get(level));
  }

  /** The county code of the match (6 digits), when known. */
  public Optional<String> countyCode() {
    return part(MatchLevel.COUNTY).map(Part::code);
  }
}
