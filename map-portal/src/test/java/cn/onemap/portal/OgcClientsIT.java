package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real third-party OGC clients from Debian against the running portal on the sample city: GDAL's
 * WFS and OGC API Features drivers (ogrinfo) and OWSLib (python3-owslib).
 */
class OgcClientsIT extends SampleCityTestBase {
  @LocalServerPort int port;

  private static long featureCount(String ogrinfo) {
    Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfo);
    assertThat(m.find()).as(ogrinfo).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void gdalReadsTheWfs() throws Exception {
    String url = "WFS:http://127.0.0.1:" + port + "/ows?";
    ClientRun list = ClientRun.of("ogrinfo", "-ro", url);
    assertThat(list.exit()).as(list.output()).isZero();
    assertThat(list.output())
        .contains("onemap:roads")
        .contains("onemap:buildings")
        .doesNotContain("pipe_");
    ClientRun roads = ClientRun.of("ogrinfo", "-ro", "-so", url, "onemap:roads");
    assertThat(roads.exit()).as(roads.output()).isZero();
    assertThat(featureCount(roads.output())).isGreaterThan(100);
    ClientRun filtered =
        ClientRun.of("ogrinfo", "-ro", "-al", "-q", "-where", "lanes >= 4", url, "onemap:roads");
    assertThat(filtered.exit()).as(filtered.output()).isZero();
    assertThat(filtered.output()).contains("lanes (Integer");
  }

  @Test
  void gdalReadsOgcApiFeatures() throws Exception {
    ClientRun roads =
        ClientRun.of(
            "ogrinfo", "-ro", "-so", "OAPIF:http://127.0.0.1:" + port + "/ogcapi", "roads");
    assertThat(roads.exit()).as(roads.output()).isZero();
    assertThat(featureCount(roads.output())).isGreaterThan(100);
  }

  /**
   * OGC API Features through the real portal: every resource answers {@code f=html} with a page the
   * portal's CSP allows (no script), JSON links it as the alternate, an unknown parameter is a 400
   * naming it, and an API key in the URL is an accepted parameter.
   */
  @Test
  void ogcApiServesHtmlOnEveryPathAndRefusesUnknownParameters() throws Exception {
    Http http = new Http(port);
    String first =
        http.get("/ogcapi/collections/roads/items?limit=1").json().at("/features/0/id").asText();
    for (String path :
        List.of(
            "/ogcapi",
            "/ogcapi/conformance",
            "/ogcapi/collections",
            "/ogcapi/collections/roads",
            "/ogcapi/collections/roads/items",
            "/ogcapi/collections/roads/items/" + first)) {
      Http.Response html = http.get(path + "?f=html");
      assertThat(html.status()).as(path).isEqualTo(200);
      assertThat(html.contentType()).as(path).startsWith("text/html");
      assertThat(html.header("Content-Security-Policy")).contains("default-src 'self'");
      assertThat(html.body()).as(path).contains("rel=\"alternate\"").doesNotContain("<script");
      Http.Response json = http.get(path + "?f=json");
      assertThat(json.status()).as(path).isEqualTo(200);
      assertThat(json.json().get("links").toString()).as(path).contains("\"text/html\"");
      Http.Response unknown = http.get(path + "?colour=red");
      assertThat(unknown.status()).as(path).isEqualTo(400);
      assertThat(unknown.json().get("description").asText()).contains("'colour'");
    }
    assertThat(http.get("/ogcapi/collections/roads/items?f=html").body()).contains("<svg");
    assertThat(http.get("/ogcapi/collections/roads/items?limit=0").status()).isEqualTo(400);
    String key =
        new Http(port)
            .basic("admin", ADMIN_PASSWORD)
            .postJson("/api/admin/api-keys", "{\"name\":\"OGC API 测试\",\"roles\":[]}")
            .json()
            .get("apiKey")
            .asText();
    Http.Response withKey =
        new Http(port).get("/ogcapi/collections/roads/items?limit=2&apikey=" + key);
    assertThat(withKey.status()).as(withKey.body()).isEqualTo(200);
    assertThat(withKey.json().get("features").size()).isEqualTo(2);
  }

  @Test
  void owslibReadsWfs20And11WithTheRightAxisOrder() throws Exception {
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/python3", "src/test/resources/clients/owslib_wfs.py"));
    command.addAll(
        List.of(
            "http://127.0.0.1:" + port + "/ows?",
            "onemap:buildings",
            "116.10",
            "24.27",
            "116.14",
            "24.31"));
    ClientRun r = ClientRun.of(command.toArray(String[]::new));
    assertThat(r.exit()).as(r.output()).isZero();
    JsonNode seen = r.lastJsonLine();
    assertThat(seen.get("wfs20_types").toString())
        .contains("onemap:buildings")
        .doesNotContain("pipe_");
    assertThat(seen.get("wfs20_title").asText()).isEqualTo("建筑物");
    assertThat(seen.get("wfs20_members").asInt()).isBetween(1, 50);
    // EPSG:4490 in WFS 2.0 is latitude first.
    assertThat(seen.get("wfs20_first_pos").get(0).asDouble()).isBetween(24.0, 25.0);
    assertThat(seen.get("wfs20_first_pos").get(1).asDouble()).isBetween(115.0, 117.0);
    assertThat(seen.get("wfs11_types").toString()).contains("onemap:buildings");
    // GK CM 117E by URN: northing first; by the short form in WFS 1.1: easting first.
    assertThat(seen.get("wfs11_gk_urn_first_pos").get(0).asDouble()).isBetween(2.6e6, 2.8e6);
    assertThat(seen.get("wfs11_gk_urn_first_pos").get(1).asDouble()).isBetween(3.0e5, 6.0e5);
    assertThat(seen.get("wfs11_gk_first_pos").get(0).asDouble()).isBetween(3.0e5, 6.0e5);
    assertThat(seen.get("wfs11_gk_first_pos").get(1).asDouble()).isBetween(2.6e6, 2.8e6);
  }
}
