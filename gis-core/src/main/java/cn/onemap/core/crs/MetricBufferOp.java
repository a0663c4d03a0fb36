package cn.onemap.core.crs;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * The buffer of a CGCS2000 (EPSG:4490) geometry by a distance in metres, computed where metres mean
 * something: on the Gauss-Krüger plane of the CGCS2000 3° zone of the geometry's centroid (the
 * plane {@link Measurements} measures on; EPSG:4548 in Meizhou), then brought back to lon/lat.
 * Buffering in degrees instead would stretch the buffer by 1/cos φ east–west (10% at 24°N).
 *
 * <p>Round ends and joins use {@link #QUADRANT_SEGMENTS} segments per quarter circle: the polygon
 * lies inside the true circle by at most r·(1 − cos(π/4/32)) = 0.0003·r (6 cm at 200 m). The GK
 * scale factor makes plane metres exceed ellipsoidal ones by at most ~0.03% inside a zone. A
 * distance of 0 returns the geometry itself (for a polygon: "inside the drawn shape").
 */
public final class MetricBufferOp {
  /** Segments per quarter circle of round ends and joins. */
  public static final int QUADRANT_SEGMENTS = 32;

  /** Largest distance accepted: 100 km, well inside a 3° zone's reach from its centroid. */
  public static final double MAX_DISTANCE_METRES = 100_000;

  private final Geometry geometry;
  private final double metres;

  public MetricBufferOp(Geometry g4490, double metres) {
    if (g4490 == null || g4490.isEmpty()) {
      throw new CrsException("EMPTY_GEOMETRY", "A buffer needs a non-empty geometry");
    }
    if (!(metres >= 0) || metres > MAX_DISTANCE_METRES) {
      throw new CrsException(
          "INVALID_DISTANCE",
          "buffer distance must be between 0 and "
              + (long) MAX_DISTANCE_METRES
              + " metres, was "
              + metres,
          Map.of("distance", String.valueOf(metres)),
          null);
    }
    this.geometry = g4490;
    this.metres = metres;
  }

  /** The buffer in EPSG:4490 (SRID 4490). */
  public static Geometry buffer(Geometry g4490, double metres) {
    return new MetricBufferOp(g4490, metres).getResultGeometry();
  }

  /** The EPSG code of the plane the buffer is computed on, e.g. EPSG:4548. */
  public String planeCode() {
    return Measurements.zoneFor(geometry).cgcs2000Code();
  }

  public Geometry getResultGeometry() {
    if (metres == 0) {
      Geometry copy = geometry.copy();
      copy.setSRID(4490);
      return copy;
    }
    Geometry plane = Measurements.toGaussKruger(geometry);
    BufferParameters parameters = new BufferParameters(QUADRANT_SEGMENTS);
    Geometry buffered = BufferOp.bufferOp(plane, metres, parameters);
    Geometry lonLat = Transforms.get(planeCode(), "EPSG:4490").transform(buffered);
    lonLat.setSRID(4490);
    return lonLat;
  }
}
