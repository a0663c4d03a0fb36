package cn.onemap.address;

import java.util.Locale;
import java.util.Optional;

/**
 * The levels of a standard address (GB/T 23705), coarse to fine. The finest level a match reached
 * is its {@link Candidate#level()}; {@link #key()} is the name used on the wire ({@code "county"}).
 */
public enum MatchLevel {
  PROVINCE,
  CITY,
  COUNTY,
  TOWN,
  COMMUNITY,
  STREET,
  DOOR,
  BUILDING,
  UNIT,
  ROOM;

  /** Lower-case name used in JSON and CSV: province, city, … room. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this level is {@code other} or finer. */
  public boolean atLeast(MatchLevel other) {
    return compareTo(other) >= 0;
  }

  /** The level named by {@link #key()} (case-insensitive). */
  public static Optional<MatchLevel> ofKey(String key) {
    for (MatchLevel l : values()) {
      if (l.key().equalsIgnoreCase(key)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
