package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Grid measures against GeographicLib's geodesic ones on the CGCS2000 ellipsoid. On the GK plane
 * lengths are scaled by the point scale factor k ≈ 1 + (Δλ·cos φ)²·(1 + η²)/2 and areas by k², so
 * the comparison is exact enough to check k itself, not just "about equal".
 */
class MeasurementsTest {
  private static final Geodesic CGCS2000 = new Geodesic(6378137.0, 1 / 298.257222101);

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** GK point scale factor on the CGCS2000 ellipsoid, to second order. */
  private static double scale(double lon, double lat, double cm) {
    double phi = Math.toRadians(lat);
    double e2 = Ellipsoid.CGCS2000.eccentricitySquared();
    double eta2 = e2 / (1 - e2) * Math.cos(phi) * Math.cos(phi);
    double l = Math.toRadians(lon - cm) * Math.cos(phi);
    return 1 + l * l * (1 + eta2) / 2;
  }

  @Test
  void squareNearMeizhouMatchesGeodesicAreaTimesScaleSquared() {
    Geometry square =
        wkt("POLYGON ((116.1 24.3, 116.11 24.3, 116.11 24.31, 116.1 24.31, 116.1 24.3))");
    PolygonArea geodesic = new PolygonArea(CGCS2000, false);
    geodesic.AddPoint(24.3, 116.1);
    geodesic.AddPoint(24.3, 116.11);
    geodesic.AddPoint(24.31, 116.11);
    geodesic.AddPoint(24.31, 116.1);
    double ellipsoidal = Math.abs(geodesic.Compute().area);
    assertThat(ellipsoidal).isBetween(1.12e6, 1.13e6); // ~1.01 km x 1.11 km

    double grid = Measurements.area(square);
    assertThat(Measurements.zoneFor(square).cgcs2000Code()).isEqualTo("EPSG:4548");
    double k = scale(116.105, 24.305, 117);
    assertThat(k).isBetween(1.0001, 1.0002); // 0.9 degree off the central meridian
    assertThat(grid / ellipsoidal).isCloseTo(k * k, within(2e-6));
  }

  @Test
  void lengthAlongTheCentralMeridianIsTrueLength() {
    Geometry meridian = wkt("LINESTRING (117 24.0, 117 24.1)");
    double geodesic = CGCS2000.Inverse(24.0, 117, 24.1, 117).s12;
    assertThat(geodesic).isCloseTo(11_075.0, within(10.0));
    assertThat(Measurements.length(meridian)).isCloseTo(geodesic, within(0.001));
  }

  @Test
  void lengthOffTheMeridianCarriesTheScaleFactor() {
    Geometry line = wkt("LINESTRING (115.6 24.0, 115.6 24.2)");
    double geodesic = CGCS2000.Inverse(24.0, 115.6, 24.2, 115.6).s12;
    double k = scale(115.6, 24.1, 117);
    assertThat(Measurements.length(line) / geodesic).isCloseTo(k, within(2e-6));
    assertThat(Measurements.length(line)).isGreaterThan(geodesic);
  }

  @Test
  void zoneFollowsTheCentroid() {
    assertThat(Measurements.zoneFor(wkt("POINT (115.3 24.1)")).cgcs2000Code())
        .isEqualTo("EPSG:4547");
    assertThat(Measurements.zoneFor(wkt("LINESTRING (115.3 24, 116.9 24)")).centralMeridian())
        .isEqualTo(117.0);
    assertThat(Measurements.area(wkt("POINT (116 24)"))).isZero();
  }

  @Test
  void rejectsWrongSridAndSwappedAxes() {
    Geometry projected = wkt("POINT (408634 2688812)");
    projected.setSRID(4548);
    assertThatThrownBy(() -> Measurements.length(projected))
        .isInstanceOf(CrsException.class)
        .hasMessageContaining("SRID 4548");
    assertThatThrownBy(
            () ->
                Measurements.area(
                    wkt("POLYGON ((24.3 116.1, 24.3 116.11, 24.31 116.11, 24.3 116.1))")))
        .isInstanceOf(OutsideAreaOfUseException.class)
        .hasMessageContaining("swapped");
    assertThat(Measurements.length(wkt("LINESTRING EMPTY"))).isZero();
  }
}
