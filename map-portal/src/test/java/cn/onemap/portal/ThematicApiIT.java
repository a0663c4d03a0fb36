package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.tiles.sld.SldParser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thematic styles over real HTTP on the sample city: land parcels by land-use code in the 三调
 * colours, graduated parcel areas, an events heat map; the SLD reads back, the WMS draws and
 * legends the style name; bad input is a 400 JSON error; a layer the caller cannot read is 404.
 */
class ThematicApiIT extends SampleCityTestBase {
  private static final String CLIENT = "X-OneMap-Client";

  @LocalServerPort int port;

  @Test
  void aThematicMapAsOfAPastDateIsClassifiedByThatDatesFeatures() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    String request = "{\"type\":\"category\",\"attribute\":\"use\"%s}";
    JsonNode now =
        admin.postJson("/api/layers/buildings/thematic", request.formatted(""), CLIENT, "t").json();
    Http.Response past =
        admin.postJson(
            "/api/layers/buildings/thematic",
            request.formatted(",\"asOf\":\"2016-06-01\""),
            CLIENT,
            "t");
    assertThat(past.status()).as(past.body()).isEqualTo(200);
    // the sample city builds and demolishes buildings over 2016–2026: fewer stood in mid-2016
    long then = past.json().get("features").asLong();
    assertThat(then).isPositive().isLessThan(now.get("features").asLong());
    long classified = 0;
    for (JsonNode c : past.json().get("classes")) {
      classified += c.get("count").asLong();
    }
    assertThat(classified).isEqualTo(then);
    String legend = past.json().get("legendUrl").asText();
    assertThat(legend).contains("&TIME=2016-");
    assertThat(admin.get(legend).status()).isEqualTo(200);
    Http.Response map =
        admin.get(
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=buildings&STYLES="
                + past.json().get("styleId").asText()
                + "&CRS=EPSG:4490&BBOX=24.2,116.0,24.4,116.2&WIDTH=256&HEIGHT=256"
                + "&FORMAT=image/png&TIME=2016-06-01");
    assertThat(map.status()).isEqualTo(200);
    assertThat(map.contentType()).startsWith("image/png");

    Http.Response bad =
        admin.postJson(
            "/api/layers/buildings/thematic", request.formatted(",\"asOf\":\"去年\""), CLIENT, "t");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("asOf");
  }

  @Test
  void categoriesGraduatedAndHeatStylesAreMadeAndDrawn() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    Http.Response r =
        admin.postJson(
            "/api/layers/land_parcels/thematic",
            "{\"type\":\"category\",\"attribute\":\"landuse_code\"}",
            CLIENT,
            "test");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("styleId").asText()).isEqualTo("thematic-category-landuse_code-tableau");
    JsonNode housing = null;
    for (JsonNode c : body.get("classes")) {
      if (c.get("label").asText().equals("城镇住宅用地")) {
        housing = c;
      }
    }
    assertThat(housing).isNotNull();
    assertThat(housing.get("colour").asText()).isEqualTo("#FFFF00");
    assertThat(housing.get("count").asLong()).isPositive();
    var style = new SldParser().parse(body.get("sld").asText()).style("land_parcels");
    assertThat(style).isPresent();
    assertThat(style.get().rules()).hasSize(body.get("classes").size());

    String bbox = "24.2,116.0,24.4,116.2";
    Http.Response map =
        admin.get(
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=land_parcels&STYLES="
                + body.get("styleId").asText()
                + "&CRS=EPSG:4490&BBOX="
                + bbox
                + "&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=true");
    assertThat(map.status()).isEqualTo(200);
    assertThat(map.contentType()).startsWith("image/png");
    Http.Response legend = admin.get(body.get("legendUrl").asText());
    assertThat(legend.status()).isEqualTo(200);
    assertThat(legend.contentType()).startsWith("image/png");

    JsonNode graduated =
        admin
            .postJson(
                "/api/layers/land_parcels/thematic",
                "{\"type\":\"graduated\",\"attribute\":\"area_m2\",\"method\":\"quantile\","
                    + "\"classes\":4,\"palette\":\"blues\"}",
                CLIENT,
                "test")
            .json();
    assertThat(graduated.get("styleId").asText())
        .isEqualTo("thematic-graduated-area_m2-quantile-4-blues");
    assertThat(graduated.get("classes").size()).isEqualTo(4);
    long total = 0;
    for (JsonNode c : graduated.get("classes")) {
      total += c.get("count").asLong();
    }
    assertThat(total).isEqualTo(graduated.get("features").asLong());

    JsonNode heat =
        admin
            .postJson(
                "/api/layers/events/thematic", "{\"type\":\"heat\",\"radius\":25}", CLIENT, "t")
            .json();
    assertThat(heat.get("styleId").asText()).isEqualTo("thematic-heat-25-heat");
    assertThat(heat.get("sld").asText()).contains("vec:Heatmap");
  }

  @Test
  void badInputIsAClearError() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    Http.Response unknown =
        admin.postJson(
            "/api/layers/land_parcels/thematic",
            "{\"type\":\"category\",\"attribute\":\"no_such\"}",
            CLIENT,
            "t");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("error").asText()).isEqualTo("INVALID_THEMATIC");
    assertThat(unknown.json().get("message").asText()).contains("no_such");
    Http.Response text =
        admin.postJson(
            "/api/layers/land_parcels/thematic",
            "{\"type\":\"graduated\",\"attribute\":\"landuse_name\"}",
            CLIENT,
            "t");
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.json().get("message").asText()).contains("needs a number");
    Http.Response type =
        admin.postJson("/api/layers/land_parcels/thematic", "{\"type\":\"pie\"}", CLIENT, "t");
    assertThat(type.status()).isEqualTo(400);
    Http.Response missing =
        admin.postJson("/api/layers/no_such_layer/thematic", "{\"type\":\"heat\"}", CLIENT, "t");
    assertThat(missing.status()).isEqualTo(404);
    // Anonymous callers get themes of public layers only.
    Http anonymous = new Http(port);
    assertThat(
            anonymous
                .postJson("/api/layers/buildings/thematic", "{\"type\":\"heat\"}", CLIENT, "t")
                .status())
        .isEqualTo(200);
    assertThat(
            anonymous
                .postJson("/api/layers/gas_pipes/thematic", "{\"type\":\"heat\"}", CLIENT, "t")
                .status())
        .isEqualTo(404);
  }
}
