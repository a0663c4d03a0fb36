package cn.onemap.tiles.render;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.CoordinateTransform;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.Transforms;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Between the storage CRS (CGCS2000, EPSG:4490) and the map CRS, through gis-core's cached
 * transforms (x = east always). The bbox goes to storage as the envelope of its boundary densified
 * with 64 points per side, so a projected bbox's curved image in degrees is fully covered.
 */
public final class Reprojection {
  private static final String STORAGE = "EPSG:" + LayerDefinition.STORAGE_SRID;
  private static final int DENSIFY = 64;

  private final CoordinateTransform toMap;
  private final CoordinateTransform toStorage;

  public Reprojection(String mapCrs) {
    this.toMap = Transforms.get(STORAGE, mapCrs);
    this.toStorage = toMap.inverse();
  }

  public boolean isIdentity() {
    return toMap.isIdentity();
  }

  /**
   * The geometry in the map CRS; empty when the transform refuses it (e.g. a feature far outside a
   * Gauss-Krüger zone's area of use), which the renderer skips as GeoServer does.
   */
  public Optional<Geometry> toMap(Geometry g) {
    if (toMap.isIdentity()) {
      return Optional.of(g);
    }
    try {
      return Optional.of(toMap.transform(g));
    } catch (GisException e) {
      return Optional.empty();
    }
  }

  /**
   * The storage-CRS envelope covering {@code bbox} (map CRS); empty when the bbox holds no part of
   * the storage CRS's domain. A bbox reaching beyond where the transform is defined (a whole-world
   * Web Mercator map, say: CGCS2000 covers China) is clipped to that domain, as seen from both
   * sides: the bbox is first cut to the map CRS's area of use, then the storage envelope is that of
   * the transformable points of the cut bbox's border together with the points of the storage
   * domain's border that fall inside the cut bbox.
   */
  public Optional<Envelope> toStorage(Envelope bbox) {
    if (toStorage.isIdentity()) {
      return Optional.of(new Envelope(bbox));
    }
    try {
      return Optional.of(envelope(toStorage.transform(border(bbox))));
    } catch (GisException e) {
      return clipped(bbox);
    }
  }

  private Optional<Envelope> clipped(Envelope bbox) {
    CrsRegistry crs = CrsRegistry.defaultRegistry();
    Envelope cut = bbox.intersection(crs.areaOfUse(toStorage.source().code()).acceptedBox());
    Envelope out = new Envelope();
    if (!cut.isNull()) {
      double[] xy = border(cut);
      for (int i = 0; i < xy.length; i += 2) {
        try {
          double[] p = toStorage.transform(xy[i], xy[i + 1]);
          out.expandToInclude(p[0], p[1]);
        } catch (GisException outside) {
          // not in the storage domain: the domain's own border below bounds what is
        }
      }
      double[] domain = border(crs.areaOfUse(STORAGE).acceptedBox());
      for (int i = 0; i < domain.length; i += 2) {
        try {
          double[] p = toMap.transform(domain[i], domain[i + 1]);
          if (cut.contains(p[0], p[1])) {
            out.expandToInclude(domain[i], domain[i + 1]);
          }
        } catch (GisException outside) {
          // beyond the map CRS's area of use
        }
      }
    }
    return out.isNull() ? Optional.empty() : Optional.of(out);
  }

  /** The border of {@code e}, densified with {@value #DENSIFY} points per side, as x,y pairs. */
  private static double[] border(Envelope bbox) {
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
    return xy;
  }

  private static Envelope envelope(double[] xy) {
    Envelope e = new Envelope();
    for (int i = 0; i < xy.length; i += 2) {
      e.expandToInclude(xy[i], xy[i + 1]);
    }
    return e;
  }

  private static int put(double[] xy, int k, double x, double y) {
    xy[k] = x;
    xy[k + 1] = y;
    return k + 2;
  }
}
