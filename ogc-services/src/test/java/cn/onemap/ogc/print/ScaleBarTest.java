package cn.onemap.ogc.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
  @Test
  void roundLengthsThatFit() {
    // 1:10,000 → 10 m per mm; 40 mm hold 400 m → a 200 m bar of 20 mm
    ScaleBar bar = ScaleBar.of(10, 40);
    assertThat(bar.metres()).isEqualTo(200);
    assertThat(bar.millimetres()).isEqualTo(20);
    assertThat(bar.label()).isEqualTo("200 米");
    assertThat(ScaleBar.of(100, 55).label()).isEqualTo("5 千米");
    assertThat(ScaleBar.of(100, 55).segments()).isEqualTo(5);
    assertThat(ScaleBar.of(25, 40).label()).isEqualTo("1 千米");
    assertThat(ScaleBar.denominator(12.3456)).isEqualTo(12346);
  }

  @Test
  void groundLengthOfAUnitFollowsTheCrsAndTheLatitude() {
    // A degree of longitude at 24.3°N on the CGCS2000 ellipsoid: 101.5 km
    // (a·cosφ/√(1−e²sin²φ)·π/180)
    double perDegree = PrintCrs.EPSG_4490.groundMetresPerUnit(116.1, 24.3);
    assertThat(perDegree).isCloseTo(101_540, offset(30.0));
    assertThat(PrintCrs.EPSG_4490.groundMetresPerUnit(116.1, 0)).isCloseTo(111_319.5, offset(1.0));
    // Web Mercator at 24.3°N: y = a·ln(tan(45° + φ/2)); a metre of the map is cos φ on the ground
    double y = PrintCrs.A * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(24.3) / 2));
    assertThat(PrintCrs.EPSG_3857.groundMetresPerUnit(0, y))
        .isCloseTo(Math.cos(Math.toRadians(24.3)), offset(1e-9));
    // GK CM 117°E: at the meridian the grid is true; 100 km off it is 1.000123 too long
    assertThat(PrintCrs.EPSG_4548.groundMetresPerUnit(500_000, 2_690_000)).isEqualTo(1.0);
    assertThat(PrintCrs.EPSG_4548.groundMetresPerUnit(400_000, 2_690_000))
        .isCloseTo(1 / 1.000123, offset(2e-6));
  }
}
