package cn.onemap.ogc.wmts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.ogc.http.OgcResponse;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same WMTS over H2GIS and PostGIS: capabilities list the same layers, the same tile (present
 * and past) is the same image byte for byte, and GetFeatureInfo finds the same feature.
 */
class WmtsBackendsIT {
  static final Map<Backend, WmtsFixture> FIXTURES = new EnumMap<>(Backend.class);

  @BeforeAll
  static void open() {
    for (Backend b : Backend.values()) {
      FIXTURES.put(b, new WmtsFixture(b));
    }
  }

  @AfterAll
  static void close() {
    FIXTURES.values().forEach(WmtsFixture::close);
  }

  @Test
  void bothBackendsServeTheSameTiles() {
    WmtsTest.Hit station = WmtsTest.hit("c", "16", 116.10, 24.28);
    WmtsTest.Hit moved = WmtsTest.hit("c", "16", 116.12, 24.30);
    Map<Backend, byte[]> present = new EnumMap<>(Backend.class);
    Map<Backend, byte[]> past = new EnumMap<>(Backend.class);
    for (var e : FIXTURES.entrySet()) {
      WmtsFixture f = e.getValue();
      String caps = WmtsFixture.text(f.rest("/1.0.0/WMTSCapabilities.xml"));
      assertThat(caps).as(e.getKey().name()).contains("<ows:Identifier>poi</ows:Identifier>");
      assertThat(caps).doesNotContain("<ows:Identifier>secret</ows:Identifier>");
      OgcResponse tile = f.tianditu("poi", "c", "16", station.row(), station.col());
      assertThat(tile.status()).isEqualTo(200);
      present.put(e.getKey(), WmtsFixture.bytes(tile));
      String pastPath = "/poi/default/c/16/" + moved.row() + "/" + moved.col() + ".png";
      past.put(e.getKey(), WmtsFixture.bytes(f.rest(pastPath, "time", f.beforeMove.toString())));
      String info =
          "/poi/default/c/16/"
              + station.row()
              + "/"
              + station.col()
              + "/"
              + station.j()
              + "/"
              + station.i()
              + ".json";
      assertThat(WmtsFixture.text(f.rest(info))).as(e.getKey().name()).contains("梅州站");
    }
    assertThat(present.get(Backend.POSTGIS)).isEqualTo(present.get(Backend.H2GIS));
    assertThat(past.get(Backend.POSTGIS)).isEqualTo(past.get(Backend.H2GIS));
  }
}
