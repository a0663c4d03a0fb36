package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.Operation;
import cn.onemap.core.store.FeatureStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WFS-T with a real client: GDAL's WFS driver (python3-gdal, OGR update mode, WFS 1.1.0) inserts a
 * water feature, reads it back, updates and deletes it; a raw WFS 2.0 Transaction does the same.
 * The store's version history must hold one version per step, authored by the editor. A viewer and
 * an anonymous caller are refused with an ExceptionReport.
 */
class WfsTransactionClientsIT extends SampleCityTestBase {
  private static final String EDITOR_NAME = "测绘编辑员";
  @LocalServerPort int port;
  @Autowired FeatureStore store;

  @BeforeEach
  void accounts() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    for (String[] u :
        List.of(
            new String[] {"wfst_editor", EDITOR_NAME, "EDITOR"},
            new String[] {"wfst_viewer", "查看员", "VIEWER"})) {
      int status =
          admin
              .postJson(
                  "/api/admin/users",
                  "{\"username\":\""
                      + u[0]
                      + "\",\"password\":\"password-"
                      + u[0]
                      + "\",\"displayName\":\""
                      + u[1]
                      + "\",\"department\":\"自然资源局\",\"roles\":[\""
                      + u[2]
                      + "\"]}")
              .status();
      assertThat(status).isIn(201, 409);
    }
  }

  private void assertHistory(String fid) {
    List<Feature> history = store.history("water", fid);
    assertThat(history)
        .extracting(f -> f.version().operation())
        .containsExactly(Operation.INSERT, Operation.UPDATE, Operation.DELETE);
    assertThat(history).extracting(f -> f.version().number()).containsExactly(1, 2, 3);
    assertThat(history).allSatisfy(f -> assertThat(f.version().author()).isEqualTo(EDITOR_NAME));
    assertThat(history.get(1).attribute("name")).isEqualTo("测试湖（扩）");
    assertThat(history.get(1).attribute("width_m")).isEqualTo(20.0);
    assertThat(store.get("water", fid)).isEmpty();
  }

  @Test
  void gdalWfs11InsertsReadsUpdatesAndDeletes() throws Exception {
    ClientRun r =
        ClientRun.of(
            "/usr/bin/python3",
            "src/test/resources/clients/gdal_wfst.py",
            "http://127.0.0.1:" + port + "/ows?",
            "1.1.0",
            "wfst_editor:password-wfst_editor",
            "onemap:water");
    assertThat(r.exit()).as(r.output()).isZero();
    JsonNode seen = r.lastJsonLine();
    String gmlId = seen.get("inserted_gml_id").asText();
    assertThat(gmlId).as(r.output()).startsWith("water.");
    JsonNode inserted = seen.get("after_insert");
    assertThat(inserted).hasSize(1);
    assertThat(inserted.get(0).get("gml_id").asText()).isEqualTo(gmlId);
    assertThat(inserted.get(0).get("kind").asText()).isEqualTo("湖泊");
    // Envelope (minx, maxx, miny, maxy), x = east: the axis order survived both directions.
    JsonNode env = inserted.get(0).get("envelope");
    assertThat(env.get(0).asDouble()).isCloseTo(115.90, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(env.get(3).asDouble()).isCloseTo(24.11, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(seen.get("after_update")).hasSize(1);
    assertThat(seen.get("after_update").get(0).get("width_m").asDouble()).isEqualTo(20.0);
    assertThat(seen.get("old_name_after_update")).isEmpty();
    assertThat(seen.get("after_delete")).isEmpty();
    assertHistory(gmlId.substring("water.".length()));
  }

  @Test
  void wfs20TransactionsRoundTripOverHttp() {
    Http editor = new Http(port).basic("wfst_editor", "password-wfst_editor");
    String ns =
        "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\""
            + " xmlns:gml=\"http://www.opengis.net/gml/3.2\""
            + " xmlns:onemap=\"http://onemap.meizhou.gov.cn/onemap\"";
    String insert =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + ns
            + "><wfs:Insert><onemap:water><onemap:geom><gml:MultiSurface gml:id=\"s\""
            + " srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:surfaceMember><gml:Polygon gml:id=\"p\">"
            + "<gml:exterior><gml:LinearRing><gml:posList>24.10 115.92 24.10 115.93 24.11 115.93"
            + " 24.11 115.92 24.10 115.92</gml:posList></gml:LinearRing></gml:exterior>"
            + "</gml:Polygon></gml:surfaceMember></gml:MultiSurface></onemap:geom>"
            + "<onemap:name>测试湖</onemap:name><onemap:kind>湖泊</onemap:kind>"
            + "<onemap:width_m>12.5</onemap:width_m></onemap:water></wfs:Insert></wfs:Transaction>";
    Http.Response ins = editor.postXml("/wfs", insert);
    assertThat(ins.status()).as(ins.body()).isEqualTo(200);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("rid=\"water\\.([^\"]+)\"").matcher(ins.body());
    assertThat(m.find()).as(ins.body()).isTrue();
    String fid = m.group(1);

    Http.Response read =
        editor.get(
            "/wfs?REQUEST=GetFeature&VERSION=2.0.0&TYPENAMES=onemap:water&RESOURCEID=water." + fid);
    assertThat(read.body()).contains("测试湖").contains("24.1 115.92");

    String update =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + ns
            + "><wfs:Update typeName=\"onemap:water\"><wfs:Property><wfs:ValueReference>name"
            + "</wfs:ValueReference><wfs:Value>测试湖（扩）</wfs:Value></wfs:Property><wfs:Property>"
            + "<wfs:ValueReference>width_m</wfs:ValueReference><wfs:Value>20</wfs:Value>"
            + "</wfs:Property><fes:Filter><fes:ResourceId rid=\"water."
            + fid
            + "\"/></fes:Filter></wfs:Update></wfs:Transaction>";
    Http.Response upd = editor.postXml("/wfs", update);
    assertThat(upd.body()).as(upd.body()).contains("<wfs:totalUpdated>1</wfs:totalUpdated>");
    String delete =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + ns
            + "><wfs:Delete typeName=\"onemap:water\"><fes:Filter><fes:ResourceId rid=\"water."
            + fid
            + "\"/></fes:Filter></wfs:Delete></wfs:Transaction>";
    Http.Response del = editor.postXml("/wfs", delete);
    assertThat(del.body()).as(del.body()).contains("<wfs:totalDeleted>1</wfs:totalDeleted>");
    assertHistory(fid);
  }

  @Test
  void viewersAndAnonymousCallersAreRefused() throws Exception {
    String delete =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\""
            + " xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\">"
            + "<wfs:Delete typeName=\"onemap:water\"><fes:Filter><fes:ResourceId rid=\"water.W0001\"/>"
            + "</fes:Filter></wfs:Delete></wfs:Transaction>";
    for (Http caller :
        List.of(new Http(port).basic("wfst_viewer", "password-wfst_viewer"), new Http(port))) {
      Http.Response r = caller.postXml("/ows", delete);
      assertThat(r.status()).as(r.body()).isEqualTo(403);
      assertThat(r.body())
          .contains("ows:ExceptionReport")
          .contains("exceptionCode=\"OperationProcessingFailed\"")
          .contains("not allowed to edit onemap:water");
    }
    assertThat(store.history("water", "W0001")).hasSize(1);

    ClientRun gdal =
        ClientRun.of(
            "/usr/bin/python3",
            "src/test/resources/clients/gdal_wfst.py",
            "http://127.0.0.1:" + port + "/ows?",
            "1.1.0",
            "wfst_viewer:password-wfst_viewer",
            "onemap:water",
            "refusal");
    assertThat(gdal.exit()).as(gdal.output()).isZero();
    JsonNode seen = gdal.lastJsonLine();
    assertThat(seen.get("refused").asBoolean()).as(gdal.output()).isTrue();
    // WFS 1.1 reports every client error as HTTP 400 (what 1.1 clients expect); GDAL shows the
    // status, the report itself is checked below.
    assertThat(seen.get("message").asText()).contains("HTTP error code : 400");
    String delete11 =
        "<wfs:Transaction service=\"WFS\" version=\"1.1.0\""
            + " xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:ogc=\"http://www.opengis.net/ogc\">"
            + "<wfs:Delete typeName=\"onemap:water\"><ogc:Filter><ogc:FeatureId fid=\"water.W0001\"/>"
            + "</ogc:Filter></wfs:Delete></wfs:Transaction>";
    Http.Response r11 =
        new Http(port).basic("wfst_viewer", "password-wfst_viewer").postXml("/wfs", delete11);
    assertThat(r11.status()).isEqualTo(400);
    assertThat(r11.body())
        .contains("xmlns:ows=\"http://www.opengis.net/ows\"")
        .contains("not allowed to edit onemap:water");
    assertThat(store.history("water", "W0001")).hasSize(1);
  }
}
