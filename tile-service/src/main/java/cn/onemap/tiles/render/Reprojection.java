package cn.onemap.tiles.render;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.CoordinateTransform;
import cn.onemap.core.crs.Transforms;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Between the storage CRS (CGCS2000, EPSG:4490) and the map CRS, through gis-core's cached
 * transforms (x = east always). The bbox goes to storage as the envelope of its boundary densified
 * with 16 points per side, so a projected bbox's curved image in degrees is fully covered.
 */
final class Reprojection {
  private static final String STORAGE = "EPSG:" + LayerDefinition.STORAGE_SRID;
  private static final int DENSIFY = 16;

  private final CoordinateTransform toMap;
  private final CoordinateTransform toStorage;

  Reprojection(String mapCrs) {
    this.toMap = Transforms.get(STORAGE, mapCrs);
    this.toStorage = toMap.inverse();
  }

  boolean isIdentity() {
    return toMap.isIdentity();
  }

  /**
   * The geometry in the map CRS; empty when the transform refuses it (e.g. a feature far outside a
   * Gauss-Krüger zone's area of use), which the renderer skips as GeoServer does.
   */
  Optional<Geometry> toMap(Geometry g) {
    if (toMap.isIdentity()) {
      return Optional.of(g);
    }
    try {
      return Optional.of(toMap.transform(g));
    } catch (GisException e) {
      return Optional.empty();
    }
  }

  /** The storage-CRS envelope covering {@code bbox} (map CRS). */
  Envelope toStorage(Envelope bbox) {
    if (toStorage.isIdentity()) {
      return new Envelope(bbox);
    }
    double[] xy = new double[DENSIFY * 4 * 2];
    int k = 0;
    for (int i = 0; i < DENSIFY; i++) {
      double f = (double) i / DENSIFY;
      double x = bbox.getMinX() + f * bbox.getWidth();
      double y = bbox.getMinY() + f * bbox.getHeight();
      double xr = bbox.getMaxX() - f * bbox.getWidth();
      double yr = bbox.getMaxY() - f * bbox.getHeight();
      k = put(xy, k, x, bbox.getMinY());
      k = put(xy, k, bbox.getMaxX(), y);
      k = put(xy, k, xr, bbox.getMaxY());
      k = put(xy, k, bbox.getMinX(), yr);
    }
    double[] out = toStorage.transform(xy);
    Envelope e = new Envelope();
    for (int i = 0; i < out.length; i += 2) {
      e.expandToInclude(out[i], out[i + 1]);
    }
    return e;
  }

  private static int put(double[] xy, int k, double x, double y) {
    xy[k] = x;
    xy[k + 1] = y;
    return k + 2;
  }
}
