package cn.onemap.ogc.wmts;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.tiles.TileAccess;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every WMTS handler shares: the store (extents, time ranges), the tiles, the tilesets, the
 * named styles, the grids, the WMS GetFeatureInfo operation (reused, not forked) and the settings;
 * and the lookups that turn request names into these, with WMTS's errors.
 */
record WmtsContext(
    FeatureStore store,
    TileSource tiles,
    Tilesets tilesets,
    StyleCatalog styles,
    TileMatrixSets grids,
    OperationHandler wmsFeatureInfo,
    WmtsConfig config) {

  static final String DEFAULT_STYLE = "default";

  /**
   * Tianditu's layer names for what we serve ourselves: {@code vec} (矢量底图) is the base map and
   * {@code cva} (矢量注记) its labels, so a Tianditu URL works with only the host changed.
   */
  static final java.util.Map<String, String> TIANDITU_LAYERS =
      java.util.Map.of(
          "vec",
          "basemap",
          "cva",
          "basemap_labels",
          "img",
          "basemap_imagery",
          "cia",
          "basemap_labels");

  /** The tileset; unknown and unreadable ones are the same 404. */
  Tileset tileset(String name, AccessPolicy policy) {
    String id = name.strip();
    if (id.startsWith("onemap:")) {
      id = id.substring("onemap:".length());
    }
    id = TIANDITU_LAYERS.getOrDefault(id, id);
    return TileAccess.find(tilesets, id, policy)
        .orElseThrow(() -> WmtsErrors.unknown("layer", "layer", name));
  }

  /**
   * The set by its identifier; Tianditu clients that name the Web Mercator set by its old CRS code
   * ({@code EPSG:900913}, as GeoWebCache gridsets do) get {@code w}, whose numbering they expect.
   */
  TileMatrixSet matrixSet(String name) {
    String n = name.strip();
    Optional<TileMatrixSet> set = grids.find(n);
    if (set.isEmpty()) {
      String lower = n.toLowerCase(Locale.ROOT);
      if (lower.equals("epsg:900913") || lower.equals("900913") || lower.equals("google")) {
        set = Optional.of(grids.w());
      } else {
        // Tianditu's own spellings are lower case; some clients upper-case every value.
        set = grids.find(lower);
      }
    }
    return set.orElseThrow(() -> WmtsErrors.unknown("tilematrixset", "tile matrix set", name));
  }

  /** The style names a tileset offers: {@code default} first, then the layer's named styles. */
  List<String> styleNames(Tileset tileset) {
    List<String> names = new ArrayList<>(List.of(DEFAULT_STYLE));
    if (tileset.kind() == Tileset.Kind.LAYER && tileset.layers().size() == 1) {
      styles.styles(tileset.layers().get(0).id()).forEach(s -> names.add(s.name()));
    }
    return names;
  }

  /** The style named in a request ({@code default} when blank); unknown names are 400. */
  String style(Tileset tileset, String name) {
    String n = name == null || name.isBlank() ? DEFAULT_STYLE : name.strip();
    for (String s : styleNames(tileset)) {
      if (s.equalsIgnoreCase(n)) {
        return s;
      }
    }
    throw cn.onemap.ogc.ows.ServiceException.invalid(
        "style",
        "style '"
            + WmtsErrors.abbreviate(n)
            + "' is not offered for "
            + tileset.id()
            + "; offered: "
            + styleNames(tileset));
  }

  /** Whether any layer of the tileset keeps history (it then has a time dimension). */
  static boolean versioned(Tileset tileset) {
    return tileset.layers().stream().anyMatch(LayerDefinition::versioned);
  }
}
