package cn.onemap.core.store;

import cn.onemap.core.catalog.LayerDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * One layer of one Mapbox Vector Tile (2.1), as a store that encodes tiles itself ({@link
 * FeatureStore#vectorTile}) needs it. The tile's own grid may be in any CRS the database knows
 * (EPSG:3857 for Mercator sets, EPSG:4490 for the CGCS2000 sets, EPSG:4548 for the local
 * Gauss-Krüger set): geometries are transformed to {@code srid}, simplified there with {@code
 * tolerance}, clipped to {@code bounds} grown by {@code buffer} tile units, snapped to the {@code
 * extent} grid, and dropped when they collapse.
 *
 * @param layerId the catalog layer read
 * @param name the MVT layer name written into the tile
 * @param asOf the instant the tile shows (now when empty; ignored for unversioned layers)
 * @param srid the EPSG code of the tile grid's CRS
 * @param bounds the tile's envelope in that CRS
 * @param searchBox the CGCS2000 envelope that covers the tile and its buffer (the index test)
 * @param extent tile units per side (4096)
 * @param buffer tile units kept beyond each edge, so strokes and labels join across tiles
 * @param tolerance simplification tolerance in CRS units of {@code srid}; 0 simplifies nothing
 * @param properties attributes to carry; empty carries every attribute of the layer
 * @param maxFeatures more features than this in the tile fail with {@link FeatureLimitException}
 */
public record VectorTileRequest(
    String layerId,
    String name,
    Optional<Instant> asOf,
    int srid,
    Envelope bounds,
    Envelope searchBox,
    int extent,
    int buffer,
    double tolerance,
    Optional<List<String>> properties,
    int maxFeatures) {

  public VectorTileRequest {
    Objects.requireNonNull(layerId, "layerId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asOf, "asOf");
    if (bounds == null || bounds.isNull() || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
      throw new IllegalArgumentException("tile bounds must have an area, were " + bounds);
    }
    Objects.requireNonNull(searchBox, "searchBox");
    if (extent < 1 || buffer < 0 || tolerance < 0 || maxFeatures < 0) {
      throw new IllegalArgumentException(
          "invalid vector tile settings: extent "
              + extent
              + ", buffer "
              + buffer
              + ", tolerance "
              + tolerance
              + ", maxFeatures "
              + maxFeatures);
    }
    properties = properties.map(List::copyOf);
  }

  /** {@link #numericId} as a POSIX regular expression (PostgreSQL's {@code ~}). */
  public static final String NUMERIC_ID_REGEX = "^(0|[1-9][0-9]{0,17})$";

  /**
   * The attribute that carries a feature id which is not a non-negative number (MVT ids are
   * unsigned integers): {@code id}, or {@code fid} when the layer has an attribute called {@code
   * id} ({@code fid} never is one: it is a system column).
   */
  public static String idAttribute(LayerDefinition layer) {
    return layer.attribute("id").isPresent() ? "fid" : "id";
  }

  /**
   * Whether a feature id can be the MVT feature id: a decimal number below 10^18 without leading
   * zeros, so that the number gives back the very id ({@link #NUMERIC_ID_REGEX} in SQL).
   */
  public static boolean numericId(String fid) {
    if (fid.isEmpty() || fid.length() > 18 || (fid.length() > 1 && fid.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < fid.length(); i++) {
      char c = fid.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
