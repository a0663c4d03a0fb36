package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Item 17 in geocoding: an API key limited to some layers sees the internal unit grids in reverse
 * geocoding only when its list names the grid layer, like every other layer check.
 */
class GeocodeKeyLayersIT extends SampleCityTestBase {
  @LocalServerPort int port;
  @Autowired cn.onemap.core.store.FeatureStore store;

  @Test
  void aKeyLimitedToOtherLayersGetsNoUnitGrid() {
    Point door;
    try (FeatureCursor c =
        store.query(
            FeatureQuery.layer("addresses")
                .bbox(116.10, 24.27, 116.14, 24.31)
                .ecql("level = '门牌'")
                .limit(1)
                .build())) {
      Feature f = c.next();
      door = (Point) f.geometry().orElseThrow();
    }
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    String everything = key(admin, "");
    String roadsOnly = key(admin, ",\"layers\":[\"roads\"]");
    String path = "/api/reverse-geocode?radius=50&x=" + door.getX() + "&y=" + door.getY();
    assertThat(
            new Http(port)
                .apiKey(everything)
                .get(path)
                .json()
                .get("containing")
                .findValuesAsText("kind"))
        .contains("county", "grid");
    assertThat(
            new Http(port)
                .apiKey(roadsOnly)
                .get(path)
                .json()
                .get("containing")
                .findValuesAsText("kind"))
        .contains("county")
        .doesNotContain("grid");
  }

  private static String key(Http admin, String layers) {
    Http.Response r =
        admin.postJson(
            "/api/admin/api-keys", "{\"name\":\"网格系统\",\"roles\":[\"VIEWER\"]" + layers + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("apiKey").asText();
  }
}
