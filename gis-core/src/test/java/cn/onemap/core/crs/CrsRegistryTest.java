package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.geotools.api.referencing.cs.AxisDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrsRegistryTest {
  private final CrsRegistry registry = CrsRegistry.defaultRegistry();

  @Test
  void describesTheCityZone() {
    CrsInfo info = registry.info("urn:ogc:def:crs:EPSG::4548");
    assertThat(info.code()).isEqualTo("EPSG:4548");
    assertThat(info.name()).isEqualTo("CGCS2000 / 3-degree Gauss-Kruger CM 117E");
    assertThat(info.kind()).isEqualTo(CrsKind.PROJECTED);
    assertThat(info.datum()).isEqualTo(DatumFamily.CGCS2000);
    assertThat(info.centralMeridian()).contains(117.0);
    assertThat(info.zoneWidth()).hasValue(3);
    assertThat(info.zonePrefixed()).isFalse();
    assertThat(info.units()).isEqualTo("metre");
    assertThat(info.epsgNumber()).hasValue(4548);
    assertThat(info.areaOfUse().minLon()).isCloseTo(115.5, within(0.01));
    assertThat(info.areaOfUse().maxLon()).isCloseTo(118.5, within(0.01));
  }

  @Test
  void describesCgcs2000Geographic() {
    CrsInfo info = registry.info("4490");
    assertThat(info.kind()).isEqualTo(CrsKind.GEOGRAPHIC);
    assertThat(info.units()).isEqualTo("degree");
    assertThat(info.gkZone()).isEmpty();
    assertThat(info.areaOfUse().toString()).isEqualTo("73.6..134.8E, 16.7..53.6N");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "EPSG:4527, CGCS2000, 3, 117, true",
    "EPSG:4498, CGCS2000, 6, 117, true",
    "EPSG:4509, CGCS2000, 6, 117, false",
    "EPSG:2384, XIAN80, 3, 117, false",
    "EPSG:2363, XIAN80, 3, 117, true",
    "EPSG:2345, XIAN80, 6, 117, false",
    "EPSG:2436, BEIJING54, 3, 117, false",
    "EPSG:2415, BEIJING54, 3, 117, true",
    "EPSG:21460, BEIJING54, 6, 117, false",
    "EPSG:21420, BEIJING54, 6, 117, true",
    "EPSG:21480, BEIJING54, 6, 117, false"
  })
  void gaussKrugerCodesMatchTheEpsgDatabase(
      String code, DatumFamily datum, int width, double cm, boolean prefixed) {
    CrsInfo info = registry.info(code);
    assertThat(info.datum()).isEqualTo(datum);
    assertThat(info.zoneWidth()).hasValue(width);
    assertThat(info.centralMeridian()).contains(cm);
    assertThat(info.zonePrefixed()).isEqualTo(prefixed);
    // the EPSG name agrees with what our table derived from the number alone
    assertThat(info.name()).contains(width == 3 ? "3-degree" : "Gauss-Kruger");
    assertThat(info.name().contains("zone")).isEqualTo(prefixed);
  }

  @Test
  void pseudoSystemsHaveNoEpsgNumber() {
    assertThat(registry.info("GCJ02").datum()).isEqualTo(DatumFamily.GCJ02);
    assertThat(registry.info("BD-09").epsgNumber()).isEmpty();
    assertThat(registry.info("CRS:84").epsgNumber()).hasValue(4326);
    assertThat(registry.info("EPSG:3857").kind()).isEqualTo(CrsKind.PROJECTED);
  }

  @Test
  void geoToolsCrsIsLongitudeFirst() {
    assertThat(registry.geoToolsCrs("EPSG:4490").getCoordinateSystem().getAxis(0).getDirection())
        .isEqualTo(AxisDirection.EAST);
    assertThat(registry.geoToolsCrs("EPSG:4548").getCoordinateSystem().getAxis(0).getDirection())
        .isEqualTo(AxisDirection.EAST);
    assertThatThrownBy(() -> registry.geoToolsCrs("GCJ-02"))
        .isInstanceOf(CrsException.class)
        .hasMessageContaining("not an EPSG system");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPSG:32650", "EPSG:2000", "EPSG:999999", "LOCAL:nowhere"})
  void unsupportedCodesThrowNamingTheCode(String code) {
    assertThat(registry.isSupported(code)).isFalse();
    assertThatThrownBy(() -> registry.info(code))
        .isInstanceOf(UnknownCrsException.class)
        .hasMessageContaining(code)
        .hasMessageContaining("supported:");
    assertThatThrownBy(() -> registry.transform(code, "EPSG:4490"))
        .isInstanceOf(UnknownCrsException.class);
  }

  @Test
  void isSupportedDoesNotNeedDecoding() {
    assertThat(registry.isSupported("4548")).isTrue();
    assertThat(registry.isSupported("GCJ-02")).isTrue();
    assertThat(registry.isSupported("not a code")).isFalse();
  }

  @Test
  void transformsAreCachedPerPairAndSpelling() {
    CoordinateTransform a = registry.transform("EPSG:4490", "EPSG:4548");
    CoordinateTransform b = registry.transform("4490", "urn:ogc:def:crs:EPSG::4548");
    assertThat(b).isSameAs(a);
    assertThat(registry.transform("EPSG:4548", "EPSG:4490")).isNotSameAs(a);
  }

  @Test
  void concurrentFirstUseYieldsOneWorkingTransform() throws Exception {
    CrsRegistry fresh = new CrsRegistry(new DatumShiftRegistry());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Set<CoordinateTransform> seen = ConcurrentHashMap.newKeySet();
      List<Future<double[]>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  16,
                  () -> {
                    CoordinateTransform t = fresh.transform("EPSG:4490", "EPSG:4547");
                    seen.add(t);
                    return t.transform(116.1, 24.3);
                  }));
      for (Future<double[]> f : results) {
        assertThat(f.get()[0]).isCloseTo(713_212.252, within(0.001));
      }
      // built once: every racing thread got the same instance
      assertThat(seen).containsExactly(fresh.transform("EPSG:4490", "EPSG:4547"));
    } finally {
      pool.shutdown();
    }
  }
}
