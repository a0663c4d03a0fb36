package cn.onemap.tiles.mvt;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.VectorTileRequest;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.render.Reprojection;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;

/**
 * Builds one vector tile of one or more layers (one MVT layer each, named by the layer id, in the
 * order given) for a tile of any tile matrix set, coordinates in that set's own grid. Each layer
 * comes from the database when the store encodes tiles ({@link FeatureStore#vectorTile}, PostGIS)
 * and from {@link JavaLayerEncoder} otherwise; MVT tiles concatenate, so the tile is the layers'
 * bytes one after the other. A tile without any feature is zero bytes, a valid empty tile.
 *
 * <p>Geographic sets ({@code c}: EPSG:4490, {@code WorldCRS84Quad}: CRS84) are cut in CGCS2000
 * degrees without a datum shift: CGCS2000 and WGS 84 agree to centimetres, below a tile unit up to
 * level 18 (as Tianditu serves its {@code c} tiles to WGS 84 clients). Thread-safe.
 */
public final class VectorTileEncoder {
  private static final double SEARCH_MARGIN_DEGREES = 1e-5;

  private final FeatureStore store;
  private final MvtSettings settings;
  private final JavaLayerEncoder java;
  private final Map<Integer, Reprojection> reprojections = new ConcurrentHashMap<>();

  public VectorTileEncoder(FeatureStore store, MvtSettings settings) {
    this.store = store;
    this.settings = settings;
    this.java = new JavaLayerEncoder(store);
  }

  public MvtSettings settings() {
    return settings;
  }

  /**
   * The tile's bytes.
   *
   * @param asOf the instant shown (now when empty); ignored for unversioned layers
   * @throws cn.onemap.core.store.FeatureLimitException when a layer is too dense for one tile
   * @throws TilesException ({@code TILE_TOO_LARGE}) when the encoded tile exceeds the byte limit
   */
  public byte[] encode(
      List<LayerDefinition> layers,
      TileMatrixSet set,
      TileMatrix matrix,
      long row,
      long col,
      Optional<Instant> asOf) {
    Envelope bounds = matrix.tileEnvelope(row, col);
    int srid = srid(set);
    Reprojection crs = reprojections.computeIfAbsent(srid, s -> new Reprojection("EPSG:" + s));
    double unitX = bounds.getWidth() / settings.extent();
    double unitY = bounds.getHeight() / settings.extent();
    // The index test reads a little more than the buffer (a unit, and 1e-5° for the single
    // precision bounding boxes both databases index with): the clip alone decides, identically on
    // both backends, what is in the tile.
    Envelope grown = new Envelope(bounds);
    grown.expandBy((settings.buffer() + 1) * unitX, (settings.buffer() + 1) * unitY);
    Optional<Envelope> searchBox = crs.toStorage(grown);
    searchBox.ifPresent(b -> b.expandBy(SEARCH_MARGIN_DEGREES));
    if (searchBox.isEmpty()) {
      return new byte[0];
    }
    double tolerance = bounds.getWidth() / matrix.tileWidth() * settings.simplifyPixels();
    var out = new ByteArrayOutputStream();
    for (LayerDefinition layer : layers) {
      var request =
          new VectorTileRequest(
              layer.id(),
              layer.id(),
              asOf,
              srid,
              bounds,
              searchBox.get(),
              settings.extent(),
              settings.buffer(),
              // A point has nothing to simplify; the call alone costs on dense point layers.
              isPoint(layer) ? 0 : tolerance,
              unrestricted(layer),
              settings.maxFeatures());
      byte[] bytes = store.vectorTile(request).orElseGet(() -> java.encode(layer, request, crs));
      out.writeBytes(bytes);
      if (out.size() > settings.maxBytes()) {
        throw new TilesException(
            "TILE_TOO_LARGE",
            "the vector tile "
                + set.id()
                + "/"
                + matrix.identifier()
                + "/"
                + row
                + "/"
                + col
                + " exceeds "
                + settings.maxBytes()
                + " bytes: zoom in",
            Map.of("limit", settings.maxBytes()),
            null);
      }
    }
    return out.toByteArray();
  }

  private static boolean isPoint(LayerDefinition layer) {
    return layer.geometryType() == GeometryType.POINT
        || layer.geometryType() == GeometryType.MULTIPOINT;
  }

  /** The EPSG code tiles of the set are cut in (CGCS2000 for both geographic sets). */
  static int srid(TileMatrixSet set) {
    String crs = set.crs();
    if (crs.equals("EPSG:4326") || crs.equals("EPSG:4490")) {
      return LayerDefinition.STORAGE_SRID;
    }
    if (!crs.startsWith("EPSG:")) {
      throw new IllegalArgumentException("tile matrix set " + set.id() + " has CRS " + crs);
    }
    return Integer.parseInt(crs.substring("EPSG:".length()));
  }

  /**
   * Tiles are cached and shared by every caller: they never carry an attribute restricted to a role
   * (per-attribute permissions); callers read those through the access-checked REST and OGC
   * services. Empty (all attributes) when the layer has none.
   */
  static Optional<java.util.List<String>> unrestricted(LayerDefinition layer) {
    if (layer.attributes().stream().noneMatch(a -> a.readRole() != null)) {
      return Optional.empty();
    }
    return Optional.of(
        layer.attributes().stream()
            .filter(a -> a.readRole() == null)
            .map(cn.onemap.core.catalog.AttributeDefinition::name)
            .toList());
  }
}
