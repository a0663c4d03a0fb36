package cn.onemap.core.crs;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Length and area of CGCS2000 (EPSG:4490) geometries in metres, measured on the Gauss-Krüger plane
 * of the CGCS2000 3° zone that contains the geometry's centroid (EPSG:4534–4554, CM form).
 *
 * <p>These are grid ("projected") measures, as CAD and survey practice report them. The GK scale
 * factor grows with the distance from the central meridian: about 1 + (Δλ·cos φ)²/2, i.e. 1.00003
 * at 0.5° and 1.00029 at 1.5° in Meizhou (24°N). Grid lengths therefore exceed ellipsoidal ones by
 * at most ~0.03% inside a 3° zone and areas by ~0.06%; for the ellipsoidal (geodesic) measure use
 * GeographicLib. A geometry spanning several zones is measured in its centroid's zone, where the
 * error grows with its width.
 */
public final class Measurements {
  private Measurements() {}

  /** Length in metres (perimeter for polygons, 0 for points), on the GK 3° plane. */
  public static double length(Geometry g4490) {
    return toGaussKruger(g4490).getLength();
  }

  /** Area in square metres (0 for points and lines), on the GK 3° plane. */
  public static double area(Geometry g4490) {
    return toGaussKruger(g4490).getArea();
  }

  /**
   * Distance in metres between two CGCS2000 geometries, on the GK 3° plane of the first one's zone
   * (the plane a surveyor would measure on).
   */
  public static double distance(Geometry a4490, Geometry b4490) {
    CoordinateTransform toPlane = Transforms.get("EPSG:4490", zoneFor(a4490).cgcs2000Code());
    return toPlane.transform(a4490).distance(toPlane.transform(b4490));
  }

  /** The 3° zone of the geometry's centroid, used for the measures. */
  public static GkZone zoneFor(Geometry g4490) {
    if (g4490.isEmpty()) {
      throw new CrsException("EMPTY_GEOMETRY", "An empty geometry has no Gauss-Kruger zone");
    }
    double lon = g4490.getCentroid().getX();
    if (!Double.isFinite(lon)) {
      lon = g4490.getEnvelopeInternal().centre().getX(); // centroid of a degenerate geometry
    }
    return GkZone.threeDegree(lon);
  }

  /** The geometry projected to the CGCS2000 GK 3° zone of its centroid. */
  public static Geometry toGaussKruger(Geometry g4490) {
    if (g4490.getSRID() != 0 && g4490.getSRID() != 4490) {
      throw new CrsException(
          "SRID_MISMATCH",
          "Measurements expect CGCS2000 lon/lat (SRID 4490 or 0), got SRID "
              + g4490.getSRID()
              + "; transform the geometry to EPSG:4490 first",
          Map.of("srid", g4490.getSRID()),
          null);
    }
    if (g4490.isEmpty()) {
      return g4490;
    }
    CrsRegistry.defaultRegistry().assertWithinAreaOfUse("EPSG:4490", g4490);
    return Transforms.get("EPSG:4490", zoneFor(g4490).cgcs2000Code()).transform(g4490);
  }
}
