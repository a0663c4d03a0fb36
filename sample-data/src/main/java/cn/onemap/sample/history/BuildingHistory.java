package cn.onemap.sample.history;

import cn.onemap.sample.CityModel;
import cn.onemap.sample.CitySpec;
import cn.onemap.sample.base.Building;
import cn.onemap.sample.geo.Rng;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Buildings built and demolished over 2016–2026, deterministic (one random stream over the
 * buildings in order): about one in eight buildings with a {@code year_built} from 2016 on was
 * built during the history (inserted valid from the first of a month of its year; the others stand
 * from the baseline on), and 1.5 % of the older buildings were demolished (deleted at the first of
 * a month of 2016–2026, 2026 only up to September). Dates are the 1st at 09:00 Beijing time, as a
 * completion or demolition record is filed, so one month's changes are one versioned write.
 */
public final class BuildingHistory {
  /** Before the baseline every building of the model stands; the history starts after it. */
  public static final int FIRST_YEAR = 2016;

  public static final int LAST_YEAR = 2026;
  static final int LAST_MONTH_OF_LAST_YEAR = 9;
  private static final double BUILT_SHARE = 0.125;
  private static final double DEMOLISHED_SHARE = 0.015;

  private final Map<String, Instant> built;
  private final Map<String, Instant> demolished;
  private final int total;

  private BuildingHistory(Map<String, Instant> built, Map<String, Instant> demolished, int total) {
    this.built = Collections.unmodifiableMap(built);
    this.demolished = Collections.unmodifiableMap(demolished);
    this.total = total;
  }

  public static BuildingHistory of(CityModel city) {
    Rng rng = Rng.of(CitySpec.SEED, "building-history");
    Map<String, Instant> built = new HashMap<>();
    Map<String, Instant> demolished = new HashMap<>();
    List<Building> all = city.buildings().buildings();
    for (Building b : all) {
      double r = rng.nextDouble();
      int month = 1 + rng.nextInt(12);
      if (b.year() >= FIRST_YEAR) {
        if (r < BUILT_SHARE) {
          built.put(b.code(), firstOfMonth(b.year(), month));
        }
      } else if (r < DEMOLISHED_SHARE) {
        int year = FIRST_YEAR + rng.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        int m = year == LAST_YEAR ? 1 + (month - 1) % LAST_MONTH_OF_LAST_YEAR : month;
        demolished.put(b.code(), firstOfMonth(year, m));
      }
    }
    return new BuildingHistory(built, demolished, all.size());
  }

  private static Instant firstOfMonth(int year, int month) {
    return LocalDate.of(year, month, 1).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
  }

  /** When a building built during the history was completed, by code. */
  public Map<String, Instant> built() {
    return built;
  }

  /** When a demolished building was demolished, by code. */
  public Map<String, Instant> demolished() {
    return demolished;
  }

  /** The built buildings' codes grouped by completion instant, oldest first. */
  public TreeMap<Instant, List<String>> builtByInstant() {
    return group(built);
  }

  /** The demolished buildings' codes grouped by demolition instant, oldest first. */
  public TreeMap<Instant, List<String>> demolishedByInstant() {
    return group(demolished);
  }

  private static TreeMap<Instant, List<String>> group(Map<String, Instant> m) {
    TreeMap<Instant, List<String>> out = new TreeMap<>();
    m.forEach((code, at) -> out.computeIfAbsent(at, k -> new ArrayList<>()).add(code));
    out.values().forEach(Collections::sort);
    return out;
  }

  /**
   * How many buildings stood at {@code t} (at or after the baseline): the expected answer of an
   * as-of count of the buildings layer.
   */
  public long standingAt(Instant t) {
    long notYetBuilt = built.values().stream().filter(at -> at.isAfter(t)).count();
    long gone = demolished.values().stream().filter(at -> !at.isAfter(t)).count();
    return total - notYetBuilt - gone;
  }

  /** Every building of the model, built during the history or not. */
  public int total() {
    return total;
  }
}
