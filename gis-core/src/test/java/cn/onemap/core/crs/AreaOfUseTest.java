package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Bad input: the checks every loader runs, and their messages. */
class AreaOfUseTest {
  private final CrsRegistry registry = CrsRegistry.defaultRegistry();

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void swappedLatLonIsNamedInTheMessage() {
    OutsideAreaOfUseException e =
        catchThrowableOfType(
            OutsideAreaOfUseException.class,
            () -> Transforms.get("EPSG:4490", "EPSG:4548").transform(24.3, 116.1));
    assertThat(e.getMessage())
        .isEqualTo(
            "Coordinates (24.3, 116.1) of point #0 lie outside the area of use of EPSG:4490"
                + " (73.6..134.8E, 16.7..53.6N); are longitude and latitude swapped? One Map"
                + " expects x = longitude, y = latitude");
    assertThat(e.hint()).isEqualTo("SWAPPED_AXES");
    assertThat(e.code()).isEqualTo("OUTSIDE_AREA_OF_USE");
    assertThat(e.details()).containsEntry("crs", "EPSG:4490").containsEntry("x", 24.3);
  }

  @Test
  void nanAndInfinityAreInvalidWithTheirIndex() {
    double[] xy = {116.1, 24.3, 116.2, Double.NaN, 116.3, 24.4};
    CoordinateTransform t = Transforms.get("EPSG:4490", "EPSG:4548");
    InvalidCoordinateException e =
        catchThrowableOfType(InvalidCoordinateException.class, () -> t.transform(xy));
    assertThat(e.details()).containsEntry("index", 1);
    assertThat(e.getMessage()).contains("#1").contains("NaN").contains("EPSG:4490");
    assertThatThrownBy(() -> t.transform(Double.POSITIVE_INFINITY, 24.3))
        .isInstanceOf(InvalidCoordinateException.class);
  }

  @Test
  void zonePrefixedEastingUnderCentralMeridianCodeIsExplained() {
    OutsideAreaOfUseException e =
        catchThrowableOfType(
            OutsideAreaOfUseException.class,
            () -> Transforms.get("EPSG:4548", "EPSG:4490").transform(39_408_634.44, 2_688_812.08));
    assertThat(e.hint()).isEqualTo("ZONE_PREFIX_PRESENT");
    assertThat(e.getMessage()).contains("zone prefix 39").contains("EPSG:4527");
    OutsideAreaOfUseException missing =
        catchThrowableOfType(
            OutsideAreaOfUseException.class,
            () -> Transforms.get("EPSG:4527", "EPSG:4490").transform(408_634.44, 2_688_812.08));
    assertThat(missing.hint()).isEqualTo("ZONE_PREFIX_MISSING");
    assertThat(missing.getMessage()).contains("EPSG:4548");
  }

  @Test
  void swappedEastingNorthingAndWrongUnitsAreRecognised() {
    AreaOfUse gk = registry.areaOfUse("EPSG:4548");
    assertThat(
            catchThrowableOfType(
                    OutsideAreaOfUseException.class, () -> gk.check(2_688_812, 408_634, 0))
                .hint())
        .isEqualTo("SWAPPED_AXES");
    assertThat(
            catchThrowableOfType(OutsideAreaOfUseException.class, () -> gk.check(116.1, 24.3, 0))
                .hint())
        .isEqualTo("GEOGRAPHIC_COORDINATES");
    AreaOfUse geo = registry.areaOfUse("EPSG:4490");
    OutsideAreaOfUseException metres =
        catchThrowableOfType(
            OutsideAreaOfUseException.class, () -> geo.check(408_634, 2_688_812, 0));
    assertThat(metres.hint()).isEqualTo("PROJECTED_COORDINATES");
    assertThat(metres.getMessage()).contains("look like metres");
  }

  @Test
  void geometryCheckScansEveryCoordinate() {
    registry.assertWithinAreaOfUse(
        "EPSG:4490", wkt("POLYGON ((116 24, 116.1 24, 116.1 24.1, 116 24))"));
    registry.assertWithinAreaOfUse("EPSG:4490", wkt("POLYGON EMPTY"));
    assertThatThrownBy(
            () ->
                registry.assertWithinAreaOfUse(
                    "EPSG:4490", wkt("LINESTRING (116 24, 116.1 24, 24.1 116.1)")))
        .isInstanceOf(OutsideAreaOfUseException.class)
        .hasMessageContaining("point #2");
  }

  @Test
  void envelopeChecksAndSwapDetection() {
    Envelope meizhou = new Envelope(115.3, 116.9, 23.4, 24.9);
    Envelope swapped = new Envelope(23.4, 24.9, 115.3, 116.9);
    assertThat(registry.detectSwappedAxes("EPSG:4490", swapped)).isTrue();
    assertThat(registry.detectSwappedAxes("EPSG:4490", meizhou)).isFalse();
    assertThat(registry.detectSwappedAxes("EPSG:4490", new Envelope(0, 1, 0, 1))).isFalse();
    registry.assertWithinAreaOfUse("EPSG:4490", meizhou);
    assertThatThrownBy(() -> registry.assertWithinAreaOfUse("EPSG:4490", swapped))
        .isInstanceOf(OutsideAreaOfUseException.class)
        .hasMessageContaining("swapped");
  }

  @Test
  void gaussKrugerBoxAcceptsSpillOverButNotTheWrongZone() {
    AreaOfUse gk = registry.areaOfUse("EPSG:4547"); // CM 114E, EPSG area 112.5..115.5E
    double[] eastEdge = Transforms.get("EPSG:4490", "EPSG:4547").transform(117.0, 24.9);
    assertThat(gk.contains(eastEdge[0], eastEdge[1])).isTrue();
    assertThatThrownBy(() -> Transforms.get("EPSG:4490", "EPSG:4547").transform(118.5, 24.0))
        .isInstanceOf(OutsideAreaOfUseException.class)
        .hasMessageContaining("EPSG:4547")
        .hasMessageContaining("after transforming from EPSG:4490");
  }
}
