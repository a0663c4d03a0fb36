package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrsCodesTest {

  @ParameterizedTest
  @CsvSource({
    "4548, EPSG:4548",
    "epsg:4548, EPSG:4548",
    "EPSG:4548, EPSG:4548",
    "' EPSG:4548 ', EPSG:4548",
    "urn:ogc:def:crs:EPSG::4548, EPSG:4548",
    "urn:ogc:def:crs:EPSG:9.9.1:4548, EPSG:4548",
    "urn:x-ogc:def:crs:EPSG:4490, EPSG:4490",
    "http://www.opengis.net/def/crs/EPSG/0/4548, EPSG:4548",
    "https://www.opengis.net/def/crs/EPSG/0/4490, EPSG:4490",
    "http://www.opengis.net/gml/srs/epsg.xml#4326, EPSG:4326",
    "CRS:84, CRS:84",
    "urn:ogc:def:crs:OGC:1.3:CRS84, CRS:84",
    "http://www.opengis.net/def/crs/OGC/1.3/CRS84, CRS:84",
    "GCJ-02, GCJ-02",
    "gcj02, GCJ-02",
    "BD-09, BD-09",
    "bd09, BD-09",
    "local:meizhou, LOCAL:meizhou"
  })
  void acceptsTheUsualSpellings(String input, String canonical) {
    assertThat(CrsCodes.canonical(input)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "  ", "EPSG:", "EPSG:abc", "WGS84", "urn:ogc:def:crs:EPSG::", "4548x"})
  void rejectsTextThatIsNoCode(String input) {
    assertThatThrownBy(() -> CrsCodes.canonical(input))
        .isInstanceOf(UnknownCrsException.class)
        .hasMessageContaining("supported: EPSG:4490")
        .extracting(e -> ((UnknownCrsException) e).code())
        .isEqualTo("UNKNOWN_CRS");
  }
}
