package cn.onemap.tiles.cache;

import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.TileKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which cached tiles a truncation removes: tilesets, optionally one style, and per tile matrix set
 * and level the blocks of tiles; every format. Times: {@code timesFrom} empty removes every TIME
 * (and the present); otherwise the present and every TIME at or after that instant, so tiles of a
 * date before an edit stay.
 *
 * @param tilesets tileset ids
 * @param style one style, or empty for all
 * @param ranges tile matrix set id → level identifier → blocks, null for every tile of every set (a
 *     set absent from a non-null map is untouched; {@link #ALL_LEVELS} as the only level means
 *     every level and tile of that set)
 * @param timesFrom see above
 */
public record TileSelector(
    Set<String> tilesets,
    Optional<String> style,
    Map<String, Map<String, List<TileRange>>> ranges,
    Optional<Instant> timesFrom) {

  /** Level key meaning "every level". */
  public static final String ALL_LEVELS = "*";

  public TileSelector {
    tilesets = Set.copyOf(tilesets);
    Objects.requireNonNull(style, "style");
    ranges = ranges == null ? null : Map.copyOf(ranges);
    Objects.requireNonNull(timesFrom, "timesFrom");
  }

  /** Every tile of the tilesets in every set (optionally one style). */
  public static TileSelector everything(Set<String> tilesets, Optional<String> style) {
    return new TileSelector(tilesets, style, null, Optional.empty());
  }

  /** Whether it holds every tile of its tilesets in every set (no ranges given). */
  public boolean whole() {
    return ranges == null;
  }

  public boolean matches(TileKey key) {
    if (!tilesets.contains(key.tileset())) {
      return false;
    }
    if (style.isPresent() && !style.get().equals(key.style())) {
      return false;
    }
    if (!matchesTime(key.time())) {
      return false;
    }
    return matchesTile(key.tileMatrixSet(), key.tileMatrix(), key.row(), key.col());
  }

  boolean matchesTime(Optional<Instant> time) {
    return time.isEmpty() || timesFrom.isEmpty() || !time.get().isBefore(timesFrom.get());
  }

  boolean matchesTile(String tms, String matrix, long row, long col) {
    if (ranges == null) {
      return true;
    }
    Map<String, List<TileRange>> levels = ranges.get(tms);
    if (levels == null) {
      return false;
    }
    if (levels.containsKey(ALL_LEVELS)) {
      return true;
    }
    List<TileRange> blocks = levels.get(matrix);
    if (blocks == null) {
      return false;
    }
    for (TileRange r : blocks) {
      if (r.contains(row, col)) {
        return true;
      }
    }
    return false;
  }
}
