package cn.onemap.ogc.tiles;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one access rule for tiles, checked before any tile is looked up (so a cached tile of a
 * restricted layer never reaches a caller who may not read it): a tileset is readable iff the
 * caller may read every layer in it; otherwise it is unknown to that caller. A tileset is public
 * (shared caches may keep its tiles) iff every layer in it is {@link AccessLevel#PUBLIC}.
 */
public final class TileAccess {
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

  private TileAccess() {}

  public static boolean readable(Tileset tileset, AccessPolicy policy) {
    return !tileset.layers().isEmpty() && tileset.layers().stream().allMatch(policy::canRead);
  }

  public static boolean isPublic(Tileset tileset) {
    return tileset.layers().stream()
        .map(LayerDefinition::accessLevel)
        .allMatch(AccessLevel.PUBLIC::equals);
  }

  /** The tileset if it exists and the caller may read it; empty otherwise (both look the same). */
  public static Optional<Tileset> find(Tilesets tilesets, String id, AccessPolicy policy) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return tilesets.find(id).filter(t -> readable(t, policy));
  }

  /** The tilesets the caller may read, in the catalog's order. */
  public static List<Tileset> readable(Tilesets tilesets, AccessPolicy policy) {
    return tilesets.all().stream().filter(t -> readable(t, policy)).toList();
  }
}
