package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GkZoneTest {

  @ParameterizedTest(name = "lon {0}")
  @CsvSource({
    "116.1, 39, 117, EPSG:4548, EPSG:4527",
    "115.3, 38, 114, EPSG:4547, EPSG:4526",
    "115.5, 39, 117, EPSG:4548, EPSG:4527",
    "73.5, 25, 75, EPSG:4534, EPSG:4513",
    "136.4, 45, 135, EPSG:4554, EPSG:4533"
  })
  void threeDegreeZones(double lon, int zone, double cm, String cmCode, String prefixedCode) {
    GkZone z = GkZone.threeDegree(lon);
    assertThat(z.number()).isEqualTo(zone);
    assertThat(z.centralMeridian()).isEqualTo(cm);
    assertThat(z.cgcs2000Code()).isEqualTo(cmCode);
    assertThat(z.cgcs2000ZonePrefixedCode()).isEqualTo(prefixedCode);
  }

  @ParameterizedTest(name = "lon {0}")
  @CsvSource({
    "116.1, 20, 117, EPSG:4509, EPSG:4498",
    "114.0, 20, 117, EPSG:4509, EPSG:4498",
    "113.99, 19, 111, EPSG:4508, EPSG:4497",
    "72.0, 13, 75, EPSG:4502, EPSG:4491",
    "137.9, 23, 135, EPSG:4512, EPSG:4501"
  })
  void sixDegreeZones(double lon, int zone, double cm, String cmCode, String prefixedCode) {
    GkZone z = GkZone.sixDegree(lon);
    assertThat(z.number()).isEqualTo(zone);
    assertThat(z.centralMeridian()).isEqualTo(cm);
    assertThat(z.cgcs2000Code()).isEqualTo(cmCode);
    assertThat(z.cgcs2000ZonePrefixedCode()).isEqualTo(prefixedCode);
  }

  @Test
  void legacyDatumCodesAndPrefix() {
    GkZone z = GkZone.threeDegree(116.1);
    assertThat(z.epsgCode(DatumFamily.XIAN80, false)).isEqualTo("EPSG:2384");
    assertThat(z.epsgCode(DatumFamily.XIAN80, true)).isEqualTo("EPSG:2363");
    assertThat(z.epsgCode(DatumFamily.BEIJING54, false)).isEqualTo("EPSG:2436");
    assertThat(z.epsgCode(DatumFamily.BEIJING54, true)).isEqualTo("EPSG:2415");
    assertThat(GkZone.sixDegree(116.1).epsgCode(DatumFamily.BEIJING54, true))
        .isEqualTo("EPSG:21420");
    assertThat(z.zonePrefixedFalseEasting()).isEqualTo(39_500_000.0);
    assertThatThrownBy(() -> z.epsgCode(DatumFamily.WGS84, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zoneCodesAgreeWithTheRegistry() {
    CrsRegistry registry = CrsRegistry.defaultRegistry();
    for (double lon = 74; lon < 136; lon += 3) {
      GkZone z = GkZone.threeDegree(lon);
      assertThat(registry.info(z.cgcs2000Code()).centralMeridian()).contains(z.centralMeridian());
      assertThat(registry.info(z.cgcs2000ZonePrefixedCode()).gkZone()).contains(z);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {73.4, 136.5, 24.3, -116.1, Double.NaN})
  void longitudesOutsideTheEpsgZonesThrow(double lon) {
    assertThatThrownBy(() -> GkZone.threeDegree(lon))
        .isInstanceOf(GkZoneOutOfRangeException.class)
        .hasMessageContaining("73.5..136.5E");
  }

  @ParameterizedTest
  @ValueSource(doubles = {71.9, 138.0, Double.NaN})
  void sixDegreeRangeIsChecked(double lon) {
    assertThatThrownBy(() -> GkZone.sixDegree(lon)).isInstanceOf(GkZoneOutOfRangeException.class);
  }
}
