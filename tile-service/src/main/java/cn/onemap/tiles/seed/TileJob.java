package cn.onemap.tiles.seed;

import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a seeding, truncation or export covers.
 *
 * @param tilesets tileset ids
 * @param style a style name ({@code default})
 * @param tileMatrixSet the set's id
 * @param fromLevel first level identifier (inclusive)
 * @param toLevel last level identifier (inclusive)
 * @param area where
 * @param formats the formats (seeding and truncation: each; export: the first)
 * @param time as of this instant, or empty for now
 */
public record TileJob(
    List<String> tilesets,
    String style,
    String tileMatrixSet,
    String fromLevel,
    String toLevel,
    TileArea area,
    List<TileFormat> formats,
    Optional<Instant> time) {

  public TileJob {
    tilesets = List.copyOf(tilesets);
    if (tilesets.isEmpty()) {
      throw new IllegalArgumentException("name at least one tileset");
    }
    style = style == null || style.isBlank() ? TileKey.DEFAULT_STYLE : style;
    Objects.requireNonNull(tileMatrixSet, "tileMatrixSet");
    Objects.requireNonNull(area, "area");
    formats = formats == null || formats.isEmpty() ? List.of(TileFormat.PNG) : List.copyOf(formats);
    time = time == null ? Optional.empty() : time;
  }

  /** The tile matrix set, or {@link IllegalArgumentException}. */
  public TileMatrixSet set(TileMatrixSets sets) {
    return sets.find(tileMatrixSet)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown tile matrix set '" + tileMatrixSet + "'"));
  }

  /** The levels from {@code fromLevel} to {@code toLevel}, or {@link IllegalArgumentException}. */
  public List<TileMatrix> levels(TileMatrixSets sets) {
    TileMatrixSet set = set(sets);
    TileMatrix from =
        set.matrix(fromLevel)
            .orElseThrow(
                () -> new IllegalArgumentException(set.id() + " has no level " + fromLevel));
    TileMatrix to =
        set.matrix(toLevel)
            .orElseThrow(() -> new IllegalArgumentException(set.id() + " has no level " + toLevel));
    int a = set.indexOf(from);
    int b = set.indexOf(to);
    if (a > b) {
      throw new IllegalArgumentException("level " + fromLevel + " is deeper than " + toLevel);
    }
    return set.matrices().subList(a, b + 1);
  }
}
