package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Layer administration on the running portal. Named styles saved through the admin API (保存为样式): a
 * bad SLD is refused with its line, an unknown attribute by name, nothing half-saved; a saved style
 * is offered by WMS and WMTS capabilities, drawn by GetMap and GetLegendGraphic, and once made the
 * default it is what the default WMTS tile (already cached in the old style) and an unstyled GetMap
 * draw; it cannot be removed while it is the default, directory styles cannot be overwritten, and
 * every change is audited. A layer is removed only when its id is repeated, with its styles, and is
 * gone from every service.
 */
class LayerAdminIT extends SampleCityTestBase {
  private static final String LAYER = "land_parcels";
  private static final String STYLE = "magenta_it";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired cn.onemap.core.store.FeatureStore store;

  private final HttpClient client = HttpClient.newHttpClient();

  private static String sld(String fill, String property) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"
            xmlns:ogc="http://www.opengis.net/ogc">
          <NamedLayer><Name>land_parcels</Name><UserStyle><Title>品红（测试）</Title>
            <FeatureTypeStyle><Rule>
              <ogc:Filter><ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>%s</ogc:PropertyName>
              </ogc:PropertyIsNull></ogc:Not></ogc:Filter>
              <PolygonSymbolizer><Fill><CssParameter name="fill">%s</CssParameter></Fill>
              </PolygonSymbolizer>
            </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
        </StyledLayerDescriptor>
        """
        .formatted(property, fill);
  }

  private Http admin() {
    return new Http(port).basic("admin", ADMIN_PASSWORD);
  }

  private byte[] bytes(String path) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<byte[]> resp = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(resp.statusCode())
        .as(path + ": " + new String(resp.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return resp.body();
  }

  /** Pixels near pure magenta (#ff00ff): only the test style paints them. */
  private int magenta(String path) throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes(path)));
    assertThat(img).as(path).isNotNull();
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        int a = p >>> 24;
        int r = (p >> 16) & 0xFF;
        int g = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        if (a > 200 && r > 230 && g < 40 && b > 230) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aSavedStyleIsCheckedOfferedDrawnAndMadeTheDefault() throws Exception {
    Http admin = admin();
    String base = "/api/admin/layers/" + LAYER + "/styles/";
    JsonNode first = admin.get("/api/layers/" + LAYER + "/features?limit=1").json();
    JsonNode ring = first.at("/features/0/geometry/coordinates");
    while (ring.get(0).isArray()) {
      ring = ring.get(0);
    }
    double lon = ring.get(0).asDouble();
    double lat = ring.get(1).asDouble();
    TileMatrix m = TileMatrixSets.standard().c().matrix("16").orElseThrow();
    TileRange t = m.tileAt(lon, lat);
    String tile =
        "/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER="
            + LAYER
            + "&STYLE=default&TILEMATRIXSET=c&FORMAT=image/png&TILEMATRIX=16&TILEROW="
            + t.minRow()
            + "&TILECOL="
            + t.minCol();
    JsonNode layer = admin.get("/api/layers/" + LAYER).json();
    JsonNode box = layer.get("bbox");
    String map =
        "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS="
            + LAYER
            + "&SRS=EPSG:4490&BBOX="
            + box.get(0).asDouble()
            + ","
            + box.get(1).asDouble()
            + ","
            + box.get(2).asDouble()
            + ","
            + box.get(3).asDouble()
            + "&WIDTH=300&HEIGHT=300&FORMAT=image/png&TRANSPARENT=TRUE&STYLES=";
    String originalDefault = layer.get("defaultStyle").asText();
    // The default tile is rendered and cached in the built-in style.
    assertThat(magenta(tile)).isZero();
    assertThat(magenta(map)).isZero();
    try {
      // Refused: anonymous, a broken document (with its line), an unknown attribute, a bad name.
      assertThat(new Http(port).putJson(base + STYLE, "{}").status()).isEqualTo(401);
      Http.Response broken =
          admin.putJson(
              base + STYLE,
              JSON.writeValueAsString(
                  java.util.Map.of(
                      "sld", sld("#ff00ff", "landuse_code").replace("</Rule>", "</Rul>"))));
      assertThat(broken.status()).as(broken.body()).isEqualTo(400);
      assertThat(broken.json().get("error").asText()).isEqualTo("INVALID_STYLE");
      assertThat(broken.json().at("/details/line").asInt()).isEqualTo(10);
      Http.Response unknown =
          admin.putJson(
              base + STYLE,
              JSON.writeValueAsString(java.util.Map.of("sld", sld("#ff00ff", "no_such_column"))));
      assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
      assertThat(unknown.json().get("error").asText()).isEqualTo("UNKNOWN_PROPERTY");
      assertThat(unknown.body()).contains("no_such_column");
      assertThat(admin.putJson(base + "default", "{\"sld\":\"<x/>\"}").status()).isEqualTo(400);
      assertThat(admin.get(base.substring(0, base.length() - 1)).json()).isEmpty();

      // Saved (as the SLD itself, title from its UserStyle), then replaced as JSON.
      Http.Response created =
          admin.send(
              "PUT",
              base + STYLE,
              sld("#00ff00", "landuse_code"),
              "Content-Type",
              "application/vnd.ogc.sld+xml");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.json().get("title").asText()).isEqualTo("品红（测试）");
      Http.Response replaced =
          admin.putJson(
              base + STYLE,
              JSON.writeValueAsString(
                  java.util.Map.of("title", "品红", "sld", sld("#ff00ff", "landuse_code"))));
      assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
      assertThat(replaced.json().get("updatedBy").asText()).isEqualTo("admin");
      assertThat(admin.get(base + STYLE).body()).contains("#ff00ff").doesNotContain("#00ff00");

      // Offered and drawn by WMS and WMTS; the default is still the built-in style.
      String caps = admin.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0").body();
      assertThat(caps).contains("<Name>" + STYLE + "</Name>").contains("<Title>品红</Title>");
      assertThat(admin.get("/wmts?SERVICE=WMTS&REQUEST=GetCapabilities").body())
          .contains("<ows:Identifier>" + STYLE + "</ows:Identifier>");
      assertThat(magenta(map.replace("&STYLES=", "&STYLES=" + STYLE))).isGreaterThan(500);
      assertThat(
              magenta(
                  "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER="
                      + LAYER
                      + "&STYLE="
                      + STYLE))
          .isGreaterThan(20);
      assertThat(magenta(tile.replace("STYLE=default", "STYLE=" + STYLE))).isGreaterThan(100);
      assertThat(magenta(tile)).isZero();
      JsonNode listed = admin.get("/api/layers/" + LAYER).json().get("styles");
      assertThat(listed.toString()).contains("\"name\":\"" + STYLE + "\"", "\"saved\":true");

      // Made the default: the cached default tile and an unstyled GetMap draw it at once.
      Http.Response made =
          admin.patchJson("/api/admin/layers/" + LAYER, "{\"defaultStyle\":\"" + STYLE + "\"}");
      assertThat(made.status()).as(made.body()).isEqualTo(200);
      assertThat(made.json().get("defaultStyle").asText()).isEqualTo(STYLE);
      assertThat(magenta(tile)).isGreaterThan(100);
      assertThat(magenta(map)).isGreaterThan(500);
      Http.Response inUse = admin.delete(base + STYLE);
      assertThat(inUse.status()).as(inUse.body()).isEqualTo(409);
      assertThat(inUse.json().get("error").asText()).isEqualTo("STYLE_IN_USE");
      assertThat(
              admin.patchJson("/api/admin/layers/" + LAYER, "{\"defaultStyle\":\"nope\"}").status())
          .isEqualTo(400);

      // Directory styles are the deployment's.
      Http.Response readOnly =
          admin.putJson(
              "/api/admin/layers/buildings/styles/outline_red",
              JSON.writeValueAsString(java.util.Map.of("sld", sld("#ff00ff", "landuse_code"))));
      assertThat(readOnly.status()).as(readOnly.body()).isEqualTo(409);
      assertThat(readOnly.json().get("error").asText()).isEqualTo("STYLE_READ_ONLY");
    } finally {
      admin.patchJson("/api/admin/layers/" + LAYER, "{\"defaultStyle\":\"default\"}");
      admin.delete(base + STYLE);
    }
    // Back to the built-in default, the style gone from the services.
    assertThat(admin.get("/api/layers/" + LAYER).json().get("defaultStyle").asText())
        .isEqualTo(originalDefault);
    assertThat(magenta(tile)).isZero();
    assertThat(admin.get(map.replace("&STYLES=", "&STYLES=" + STYLE)).body())
        .contains("StyleNotDefined");
    assertThat(admin.get(base + STYLE).status()).isEqualTo(404);
    String audit = admin.get("/api/admin/audit?limit=50").body();
    assertThat(audit)
        .contains("LAYER_STYLE_SAVED", "LAYER_STYLE_REPLACED", "LAYER_STYLE_REMOVED")
        .contains(LAYER + "/" + STYLE);
  }

  @Test
  void aLayerIsRemovedOnlyWhenConfirmedWithItsStyles() throws Exception {
    Http admin = admin();
    String id = "removable_it";
    // As an import into a new layer makes it.
    store.createLayer(
        cn.onemap.core.catalog.LayerDefinition.of(
            id,
            "待删除",
            cn.onemap.core.catalog.LayerKind.THEMATIC,
            cn.onemap.core.catalog.GeometryType.POINT,
            java.util.List.of(
                cn.onemap.core.catalog.AttributeDefinition.optional(
                    "name", cn.onemap.core.catalog.AttributeType.STRING, "名称"))));
    String point =
        "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\">"
            + "<NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule><PointSymbolizer>"
            + "<Graphic><Mark><WellKnownName>circle</WellKnownName></Mark><Size>6</Size></Graphic>"
            + "</PointSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>"
            + "</StyledLayerDescriptor>";
    assertThat(
            admin
                .putJson(
                    "/api/admin/layers/" + id + "/styles/dots",
                    JSON.writeValueAsString(java.util.Map.of("sld", point)))
                .status())
        .isEqualTo(201);
    Http.Response unconfirmed = admin.delete("/api/admin/layers/" + id);
    assertThat(unconfirmed.status()).as(unconfirmed.body()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("confirm=" + id);
    assertThat(admin.delete("/api/admin/layers/" + id + "?confirm=roads").status()).isEqualTo(400);
    assertThat(new Http(port).delete("/api/admin/layers/" + id + "?confirm=" + id).status())
        .isEqualTo(401);
    assertThat(admin.get("/api/layers/" + id).status()).isEqualTo(200);

    assertThat(admin.delete("/api/admin/layers/" + id + "?confirm=" + id).status()).isEqualTo(204);
    assertThat(admin.get("/api/layers/" + id).status()).isEqualTo(404);
    assertThat(store.layerStyles()).noneMatch(s -> s.layerId().equals(id));
    assertThat(admin.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0").body())
        .doesNotContain("<Name>" + id + "</Name>");
    assertThat(admin.delete("/api/admin/layers/" + id + "?confirm=" + id).status()).isEqualTo(404);
    assertThat(admin.get("/api/admin/audit?limit=20").body()).contains("LAYER_REMOVED");
  }
}
