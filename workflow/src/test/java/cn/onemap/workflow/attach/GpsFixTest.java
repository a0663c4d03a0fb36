package cn.onemap.workflow.attach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.crs.Measurements;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class GpsFixTest {
  final GpsFix meizhou = new GpsFix(116.1225, 24.2886);

  @Test
  void agreesWithTheGaussKrugerDistanceOfGisCore() {
    var gf = new GeometryFactory();
    double[][] others = {{116.1235, 24.2886}, {116.1225, 24.2986}, {116.05, 24.35}, {115.9, 24.0}};
    for (double[] o : others) {
      double plane =
          Measurements.distance(
              gf.createPoint(new Coordinate(meizhou.lon(), meizhou.lat())),
              gf.createPoint(new Coordinate(o[0], o[1])));
      assertThat(meizhou.distanceMetres(o[0], o[1])).isCloseTo(plane, within(plane * 0.005));
    }
  }

  @Test
  void knownDistances() {
    assertThat(meizhou.distanceMetres(meizhou)).isZero();
    // One degree of latitude on the mean sphere: R·π/180.
    assertThat(new GpsFix(116, 24).distanceMetres(116, 25)).isCloseTo(111_195.1, within(1.0));
    // Works far from China, where the Gauss-Krüger zones end.
    assertThat(new GpsFix(-0.1276, 51.5072).distanceMetres(meizhou)).isBetween(9.0e6, 9.8e6);
  }

  @Test
  void refusesWhatIsNoPosition() {
    PhotoIntakeTest.assertRefused(() -> new GpsFix(200, 24), "INVALID_POSITION");
    PhotoIntakeTest.assertRefused(() -> new GpsFix(116, Double.NaN), "INVALID_POSITION");
  }
}
