package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Metric buffers against GeographicLib's geodesic distances on the CGCS2000 ellipsoid. */
class MetricBufferOpTest {
  private static final Geodesic CGCS2000 = new Geodesic(6378137.0, 1 / 298.257222101);

  private static Geometry wkt(String text) {
    try {
      Geometry g = new WKTReader().read(text);
      g.setSRID(4490);
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void everyVertexOfAPointBufferLiesTheDistanceAwayOnTheEllipsoid() {
    Geometry buffer = MetricBufferOp.buffer(wkt("POINT (116.12 24.29)"), 200);
    assertThat(buffer.getSRID()).isEqualTo(4490);
    assertThat(buffer.getGeometryType()).isEqualTo("Polygon");
    assertThat(buffer.getNumPoints()).isEqualTo(4 * MetricBufferOp.QUADRANT_SEGMENTS + 1);
    for (Coordinate c : buffer.getCoordinates()) {
      GeodesicData d = CGCS2000.Inverse(24.29, 116.12, c.y, c.x);
      // plane metres 0.88 degree off the central meridian: scale 1 + 1.07e-4
      assertThat(d.s12).isCloseTo(200, within(0.05));
    }
    // Not a circle in degrees: 1/cos(24.29) wider in longitude than in latitude.
    var e = buffer.getEnvelopeInternal();
    assertThat(e.getWidth() / e.getHeight()).isCloseTo(1.091, within(0.005));
  }

  @Test
  void lineBufferReachesTheDistanceBesideTheLine() {
    Geometry line = wkt("LINESTRING (116.10 24.30, 116.11 24.30)");
    Geometry buffer = MetricBufferOp.buffer(line, 50);
    GeodesicData north = CGCS2000.Direct(24.30, 116.105, 0, 49.9);
    GeodesicData beyond = CGCS2000.Direct(24.30, 116.105, 0, 50.1);
    assertThat(buffer.covers(point(north))).isTrue();
    assertThat(buffer.covers(point(beyond))).isFalse();
  }

  @Test
  void zeroKeepsThePolygonAndOutOfRangeDistancesAreRefused() {
    Geometry square =
        wkt("POLYGON ((116.1 24.3, 116.11 24.3, 116.11 24.31, 116.1 24.31, 116.1 24.3))");
    assertThat(MetricBufferOp.buffer(square, 0).equalsExact(square)).isTrue();
    assertThat(new MetricBufferOp(square, 10).planeCode()).isEqualTo("EPSG:4548");
    assertThatThrownBy(() -> MetricBufferOp.buffer(square, -1))
        .isInstanceOf(CrsException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> MetricBufferOp.buffer(square, Double.NaN))
        .isInstanceOf(CrsException.class);
    assertThatThrownBy(() -> MetricBufferOp.buffer(square, 200_000)).hasMessageContaining("100000");
    assertThatThrownBy(() -> MetricBufferOp.buffer(wkt("POINT EMPTY"), 10))
        .isInstanceOf(CrsException.class);
  }

  private static Geometry point(GeodesicData d) {
    return wkt("POINT (" + d.lon2 + " " + d.lat2 + ")");
  }
}
