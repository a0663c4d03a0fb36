package cn.onemap.tiles.grid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * A tile matrix set: the levels in zoom order (coarsest first), in one CRS.
 *
 * @param id the identifier on the wire ({@code c}, {@code w}, {@code WorldCRS84Quad}, ...)
 * @param title a human title (Chinese, for the capabilities and the portal)
 * @param crs the CRS as our registry names it ({@code EPSG:4490}, {@code EPSG:3857}, ...)
 * @param crsUri the CRS as OGC TileMatrixSet 2.0 JSON names it
 * @param northFirst whether the CRS's own axis order puts north first (EPSG:4490's lat/lon,
 *     EPSG:4548's northing/easting): WMTS capabilities write TopLeftCorner in that order
 * @param uri the OGC registered URI of the set, empty for sets outside the OGC registry
 * @param wellKnownScaleSet the WMTS 1.0 well-known scale set URN, when one applies
 * @param matrices the levels, coarsest first
 */
public record TileMatrixSet(
    String id,
    String title,
    String crs,
    String crsUri,
    boolean northFirst,
    Optional<String> uri,
    Optional<String> wellKnownScaleSet,
    List<TileMatrix> matrices) {

  public TileMatrixSet {
    Objects.requireNonNull(id, "id");
    matrices = List.copyOf(matrices);
    if (matrices.isEmpty()) {
      throw new IllegalArgumentException("tile matrix set " + id + " has no levels");
    }
  }

  /** The level with that identifier (WMTS {@code TILEMATRIX}, XYZ {@code z}). */
  public Optional<TileMatrix> matrix(String identifier) {
    for (TileMatrix m : matrices) {
      if (m.identifier().equals(identifier)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The position (0 = coarsest) of a level of this set. */
  public int indexOf(TileMatrix matrix) {
    int i = matrices.indexOf(matrix);
    if (i < 0) {
      throw new IllegalArgumentException(matrix.identifier() + " is not a level of " + id);
    }
    return i;
  }

  public TileMatrix first() {
    return matrices.get(0);
  }

  public TileMatrix last() {
    return matrices.get(matrices.size() - 1);
  }

  /** The ground extent of the coarsest level (all levels share it in every set here). */
  public Envelope extent() {
    return first().extent();
  }
}
