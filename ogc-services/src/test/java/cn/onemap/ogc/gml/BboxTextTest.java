package cn.onemap.ogc.gml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.ogc.gml.BboxText.Rules;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class BboxTextTest {
  @Test
  void refusesWhatEveryServiceMustRefuse() {
    for (Rules rules : Rules.values()) {
      for (String bad :
          new String[] {
            "NaN,24.2,116.2,24.4",
            "116.0,24.2,Infinity,24.4",
            "116.0,-Infinity,116.2,24.4",
            "116.0,24.2,116.2",
            "116.0,24.2,116.2,24.4,1,2,3",
            "116.0,24.2,116.2,",
            "116.0,24.2,x,24.4",
            "116.2,24.2,116.0,24.4",
            "116.0,24.4,116.2,24.2",
            ""
          }) {
        assertThatThrownBy(() -> BboxText.parse(bad, rules))
            .as(rules + " " + bad)
            .isInstanceOf(BboxText.Invalid.class)
            .hasMessageContaining("bbox");
      }
    }
  }

  @Test
  void eachServiceKeepsItsOwnSpelling() {
    assertThat(BboxText.parse("24.2,116.0,24.4,116.2,urn:ogc:def:crs:EPSG::4490", Rules.WFS).crs())
        .contains("urn:ogc:def:crs:EPSG::4490");
    assertThat(BboxText.parse("116.0,24.2,0,116.2,24.4,100", Rules.OGC_API).numbers())
        .containsExactly(116.0, 24.2, 116.2, 24.4);
    assertThatThrownBy(() -> BboxText.parse("116.0,24.2,0,116.2,24.4,100", Rules.WFS))
        .isInstanceOf(BboxText.Invalid.class);
    // A point-sized box is a valid query, but not a map to draw.
    assertThat(BboxText.parse("116.0,24.2,116.0,24.2", Rules.WFS).crs())
        .isEqualTo(Optional.empty());
    assertThatThrownBy(() -> BboxText.parse("116.0,24.2,116.0,24.2", Rules.WMS))
        .isInstanceOf(BboxText.Invalid.class)
        .hasMessageContaining("below");
  }

  @Test
  void geographicBoxesStayOnTheGlobe() {
    assertThat(BboxText.parse("24.2,116.0,24.4,116.2", Rules.WFS).toEnvelope(WireCrs.storage()))
        .isEqualTo(new Envelope(116.0, 116.2, 24.2, 24.4));
    // lat,lon order in 4490: 116 is not a latitude.
    assertThatThrownBy(
            () -> BboxText.parse("116.0,24.2,116.2,24.4", Rules.WFS).toEnvelope(WireCrs.storage()))
        .isInstanceOf(BboxText.Invalid.class)
        .hasMessageContaining("latitude ±90");
    assertThatThrownBy(
            () -> BboxText.parse("-200,0,10,10", Rules.OGC_API).toEnvelope(WireCrs.crs84()))
        .isInstanceOf(BboxText.Invalid.class);
  }
}
