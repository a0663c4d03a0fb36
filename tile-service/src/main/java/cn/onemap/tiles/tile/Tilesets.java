package cn.onemap.tiles.tile;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tilesets served: {@value #BASEMAP}, {@value #BASEMAP_IMAGERY} (the same layers in imagery
 * colours), {@value #BASEMAP_LABELS} and one per catalog layer (a layer that happens to share a
 * base map's id is hidden by it).
 *
 * <p>The base map holds every {@link LayerKind#BASE} layer (water, roads, buildings, admin areas)
 * and the land-use layers (thematic layers whose id or title says land use / parcels) that are
 * {@link AccessLevel#PUBLIC}: a base map must stay readable by anonymous callers whenever its base
 * layers are, so an unpublished land-use layer stays out of it instead of locking it. Drawn bottom
 * first: land use, water, other areas, buildings, lines (roads), points, admin boundaries on top.
 *
 * <p>The catalog is re-read when its change counter moved, checked at most every {@value
 * #RECHECK_MILLIS} ms, so layers created or re-published on any node appear here soon after.
 */
public final class Tilesets {
  public static final String BASEMAP = "basemap";
  public static final String BASEMAP_LABELS = "basemap_labels";
  public static final String BASEMAP_IMAGERY = "basemap_imagery";
  static final long RECHECK_MILLIS = 500;

  private final FeatureStore store;
  private volatile Snapshot snapshot;

  private record Snapshot(
      long sequence, long checkedAt, List<Tileset> all, Map<String, Tileset> byId) {
    Snapshot(long sequence, long checkedAt, List<Tileset> all) {
      this(sequence, checkedAt, all, index(all));
    }

    private static Map<String, Tileset> index(List<Tileset> all) {
      var byId = new HashMap<String, Tileset>();
      all.forEach(t -> byId.putIfAbsent(t.id(), t));
      return Map.copyOf(byId);
    }
  }

  public Tilesets(FeatureStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public Optional<Tileset> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(current().byId().get(id));
  }

  /** The base map, its labels, then every catalog layer by id. */
  public List<Tileset> all() {
    return current().all();
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    long now = System.currentTimeMillis();
    if (s == null || now - s.checkedAt() >= RECHECK_MILLIS) {
      long seq = store.catalogSequence();
      if (s == null || seq != s.sequence()) {
        s = new Snapshot(seq, now, build(store.layers()));
      } else {
        s = new Snapshot(seq, now, s.all(), s.byId());
      }
      snapshot = s;
    }
    return s;
  }

  /** The tilesets that draw a layer (its own, and the base map's when it is a base layer). */
  public List<Tileset> containing(String layerId) {
    return all().stream().filter(t -> t.contains(layerId)).toList();
  }

  /** Forget the cached catalog (after a local catalog change). */
  public void refresh() {
    snapshot = null;
  }

  static List<Tileset> build(List<LayerDefinition> layers) {
    List<LayerDefinition> base =
        layers.stream()
            .filter(Tilesets::inBasemap)
            .sorted(
                Comparator.comparingInt(Tilesets::basemapRank).thenComparing(LayerDefinition::id))
            .toList();
    List<Tileset> out = new ArrayList<>();
    out.add(new Tileset(BASEMAP, "底图（矢量）", base, Tileset.Kind.BASEMAP));
    out.add(new Tileset(BASEMAP_LABELS, "底图注记", base, Tileset.Kind.LABELS));
    out.add(new Tileset(BASEMAP_IMAGERY, "底图（影像风格）", base, Tileset.Kind.IMAGERY));
    for (LayerDefinition l : layers) {
      if (!l.id().equals(BASEMAP)
          && !l.id().equals(BASEMAP_LABELS)
          && !l.id().equals(BASEMAP_IMAGERY)) {
        out.add(new Tileset(l.id(), l.title(), List.of(l), Tileset.Kind.LAYER));
      }
    }
    return List.copyOf(out);
  }

  static boolean inBasemap(LayerDefinition l) {
    return l.kind() == LayerKind.BASE || (isLandUse(l) && l.accessLevel() == AccessLevel.PUBLIC);
  }

  private static boolean isLandUse(LayerDefinition l) {
    String key = key(l);
    return l.kind() == LayerKind.THEMATIC
        && (key.contains("parcel")
            || key.contains("landuse")
            || key.contains("land_use")
            || key.contains("土地利用")
            || key.contains("用地"));
  }

  private static int basemapRank(LayerDefinition l) {
    String key = key(l);
    boolean polygon =
        l.geometryType() == GeometryType.POLYGON || l.geometryType() == GeometryType.MULTIPOLYGON;
    boolean line =
        l.geometryType() == GeometryType.LINESTRING
            || l.geometryType() == GeometryType.MULTILINESTRING;
    if (isLandUse(l)) {
      return 0;
    }
    if (polygon && isAdmin(key)) {
      return 6;
    }
    if (polygon && (key.contains("water") || key.contains("river") || key.contains("水"))) {
      return 1;
    }
    if (polygon && (key.contains("building") || key.contains("建筑"))) {
      return 3;
    }
    if (polygon) {
      return 2;
    }
    return line ? 4 : 5;
  }

  private static boolean isAdmin(String key) {
    return key.contains("admin")
        || key.contains("county")
        || key.contains("town")
        || key.contains("district")
        || key.contains("行政")
        || key.contains("区划");
  }

  private static String key(LayerDefinition l) {
    return (l.id() + " " + l.title()).toLowerCase(Locale.ROOT);
  }
}
