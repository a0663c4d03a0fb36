package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Code lists over real HTTP on the sample city: listed, carried by the layer schema, OGC API
 * queryables and GetFeatureInfo, enforced on WFS-T, and administered (create, replace, attach,
 * audited) by ADMIN only.
 */
class CodeListApiIT extends SampleCityTestBase {
  private static final String NS =
      "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\""
          + " xmlns:gml=\"http://www.opengis.net/gml/3.2\""
          + " xmlns:onemap=\"http://onemap.meizhou.gov.cn/onemap\"";

  @LocalServerPort int port;

  @Test
  void codeListsAreListedAndCarriedByTheSchemas() {
    Http anonymous = new Http(port);
    JsonNode lists = anonymous.get("/api/codelists").json();
    assertThat(lists.findValuesAsText("id"))
        .contains("cjj61_pipe_category", "gbt30428_part_minor", "gbt21010_land_use");
    JsonNode pipes = anonymous.get("/api/codelists/cjj61_pipe_category").json();
    assertThat(pipes.get("title").asText()).isEqualTo("管线大类");
    assertThat(pipes.get("standard").asText()).isEqualTo("CJJ 61-2017");
    JsonNode js = pipes.get("entries").get(0);
    assertThat(js.get("code").asText()).isEqualTo("JS");
    assertThat(js.get("name").asText()).isEqualTo("给水");
    assertThat(js.get("colour").asText()).isEqualTo("#00FFFF");
    assertThat(pipes.get("entries").get(7).has("colour")).isFalse(); // 其他 has no colour
    Http.Response missing = anonymous.get("/api/codelists/no_such_list");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).isEqualTo("CODE_LIST_NOT_FOUND");

    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    JsonNode layer = admin.get("/api/layers/pipe_jp_segments").json();
    JsonNode category = attribute(layer, "category");
    assertThat(category.get("codeList").get("id").asText()).isEqualTo("cjj61_pipe_category");
    assertThat(category.get("codeList").get("entries").get(0).get("name").asText()).isEqualTo("给水");
    assertThat(attribute(layer, "burial").get("codeList").get("id").asText())
        .isEqualTo("cjj61_burial");
    assertThat(attribute(layer, "start_no").has("codeList")).isFalse();

    // REST features: codes unchanged in properties, names beside them
    JsonNode feature =
        admin.get("/api/layers/pipe_jp_segments/features?limit=1").json().get("features").get(0);
    assertThat(feature.get("properties").get("category").asText()).isEqualTo("JS");
    assertThat(feature.get("names").get("category").asText()).isEqualTo("给水");
    assertThat(feature.get("names").get("subcategory").asText()).isEqualTo("配水");
    assertThat(feature.get("names").has("start_no")).isFalse();

    // OGC API queryables and schema: enum + x-onemap-codelist
    for (String doc : List.of("queryables", "schema")) {
      JsonNode q =
          admin
              .get("/ogcapi/collections/land_parcels/" + doc + "?f=json")
              .json()
              .get("properties")
              .get("landuse_code");
      assertThat(q.get("type").asText()).isEqualTo("string");
      List<String> codes = new ArrayList<>();
      q.get("enum").forEach(c -> codes.add(c.asText()));
      assertThat(codes).contains("0701", "05H1", "0810");
      JsonNode x = q.get("x-onemap-codelist");
      assertThat(x.get("id").asText()).isEqualTo("gbt21010_land_use");
      assertThat(x.get("entries").findValuesAsText("name")).contains("城镇住宅用地");
    }
  }

  @Test
  void getFeatureInfoShowsTheNamesBesideTheCodes() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    JsonNode point =
        admin.get("/api/layers/pipe_jp_points/features?limit=1").json().get("features").get(0);
    double lon = point.get("geometry").get("coordinates").get(0).asDouble();
    double lat = point.get("geometry").get("coordinates").get(1).asDouble();
    String bbox =
        (lon - 0.0005) + "," + (lat - 0.0005) + "," + (lon + 0.0005) + "," + (lat + 0.0005);
    String gfi =
        "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:4490&BBOX="
            + bbox
            + "&WIDTH=101&HEIGHT=101&X=50&Y=50&LAYERS=pipe_jp_points&QUERY_LAYERS=pipe_jp_points"
            + "&STYLES=&FEATURE_COUNT=1&INFO_FORMAT=";
    JsonNode info = admin.get(gfi + "application/json").json().get("features").get(0);
    assertThat(info.get("properties").get("category").asText()).isEqualTo("JS");
    assertThat(info.get("names").get("category").asText()).isEqualTo("给水");
    String html = admin.get(gfi + "text/html").body();
    assertThat(html).contains("<td data-code=\"JS\">给水（JS）</td>");
  }

  @Test
  void wfsTransactionsWithACodeOutsideTheListAreRefusedAndEditsAudited() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    long before =
        admin.get("/api/layers/events/features?limit=0").json().get("numberMatched").asLong();
    String editsOfEvents = "/api/admin/audit?action=FEATURES_EDITED&target=events&limit=1000";
    int auditedBefore = admin.get(editsOfEvents).json().size();
    Http.Response refused = admin.postXml("/wfs", insertEvent("不存在的小类"));
    assertThat(refused.status()).isBetween(400, 499);
    assertThat(refused.body()).contains("ExceptionReport").contains("cityman_case_category");
    assertThat(
            admin.get("/api/layers/events/features?limit=0").json().get("numberMatched").asLong())
        .isEqualTo(before);
    Http.Response accepted = admin.postXml("/wfs", insertEvent("暴露垃圾"));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.body()).contains("<wfs:totalInserted>1</wfs:totalInserted>");
    // leave the shared sample city as it was for the other tests
    java.util.regex.Matcher fid =
        java.util.regex.Pattern.compile("rid=\"events\\.([^\"]+)\"").matcher(accepted.body());
    assertThat(fid.find()).as(accepted.body()).isTrue();
    Http.Response deleted =
        admin.postXml(
            "/wfs",
            "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
                + NS
                + "><wfs:Delete typeName=\"onemap:events\"><fes:Filter><fes:ResourceId rid=\"events."
                + fid.group(1)
                + "\"/></fes:Filter></wfs:Delete></wfs:Transaction>");
    assertThat(deleted.body()).contains("<wfs:totalDeleted>1</wfs:totalDeleted>");

    // Both committed edits are in the audit log, newest first; the refused one is not.
    JsonNode edits = admin.get(editsOfEvents).json();
    assertThat(edits.size()).as(edits.toString()).isEqualTo(auditedBefore + 2);
    assertThat(edits.get(0).get("action").asText()).isEqualTo("FEATURES_EDITED");
    assertThat(edits.get(0).get("actor").asText()).isEqualTo("admin");
    assertThat(edits.get(0).get("remoteAddr").asText()).isEqualTo("127.0.0.1");
    assertThat(edits.get(0).get("detail").asText())
        .startsWith(
            "inserted 0, updated 0, deleted 1; features " + fid.group(1) + "; reason WFS-T");
    assertThat(edits.get(1).get("detail").asText())
        .startsWith("inserted 1, updated 0, deleted 0; features " + fid.group(1));
  }

  @Test
  void adminCreatesReplacesAndAttachesCodeListsAudited() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    Http anonymous = new Http(port);
    String body =
        "{\"title\":\"水体类型\",\"standard\":\"本地\",\"entries\":["
            + "{\"code\":\"河流\",\"name\":\"河流\",\"colour\":\"#0070ff\"},"
            + "{\"code\":\"坑塘\",\"name\":\"坑塘\"}]}";
    assertThat(anonymous.putJson("/api/admin/codelists/water_kind", body).status()).isIn(401, 403);
    Http.Response created = admin.putJson("/api/admin/codelists/water_kind", body);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().get("entries").get(0).get("colour").asText()).isEqualTo("#0070FF");

    Http.Response duplicate =
        admin.putJson(
            "/api/admin/codelists/water_kind",
            "{\"title\":\"水体类型\",\"entries\":[{\"code\":\"a\",\"name\":\"甲\"},"
                + "{\"code\":\"a\",\"name\":\"乙\"}]}");
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().get("error").asText()).isEqualTo("INVALID_SCHEMA");

    Http.Response attached =
        admin.putJson(
            "/api/admin/layers/water/attributes/kind/codelist", "{\"codeList\":\"water_kind\"}");
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    assertThat(attribute(attached.json(), "kind").get("codeList").get("id").asText())
        .isEqualTo("water_kind");
    assertThat(
            attribute(anonymous.get("/api/layers/water").json(), "kind")
                .get("codeList")
                .get("entries")
                .size())
        .isEqualTo(2);
    // a double attribute cannot take text codes
    Http.Response wrongType =
        admin.putJson(
            "/api/admin/layers/water/attributes/width_m/codelist", "{\"codeList\":\"water_kind\"}");
    assertThat(wrongType.status()).isEqualTo(400);

    // replaced whole; the attached attribute now refuses 坑塘 on WFS-T
    Http.Response replaced =
        admin.putJson(
            "/api/admin/codelists/water_kind",
            "{\"title\":\"水体类型\",\"standard\":\"本地\",\"entries\":["
                + "{\"code\":\"河流\",\"name\":\"河流\"},{\"code\":\"水库\",\"name\":\"水库\"}]}");
    assertThat(replaced.status()).isEqualTo(200);
    Http.Response pond = admin.postXml("/wfs", insertPond("坑塘"));
    assertThat(pond.status()).isBetween(400, 499);
    assertThat(pond.body()).contains("ExceptionReport").contains("water_kind");

    Http.Response detached =
        admin.putJson("/api/admin/layers/water/attributes/kind/codelist", "{\"codeList\":null}");
    assertThat(attribute(detached.json(), "kind").has("codeList")).isFalse();

    JsonNode audit = admin.get("/api/admin/audit?limit=50").json();
    String text = audit.toString();
    assertThat(text)
        .contains("CODE_LIST_CREATED")
        .contains("CODE_LIST_REPLACED")
        .contains("ATTRIBUTE_CODE_LIST_SET")
        .contains("water.kind");
  }

  private static String insertEvent(String category) {
    return "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
        + NS
        + "><wfs:Insert><onemap:events><onemap:geom><gml:Point gml:id=\"p\""
        + " srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:pos>24.29 116.12</gml:pos></gml:Point>"
        + "</onemap:geom><onemap:case_no>CGTEST0001</onemap:case_no>"
        + "<onemap:category>"
        + category
        + "</onemap:category><onemap:main_class>事件</onemap:main_class>"
        + "<onemap:reported_at>2026-11-30T09:00:00+08:00</onemap:reported_at>"
        + "<onemap:status>已立案</onemap:status><onemap:source>网格员上报</onemap:source>"
        + "<onemap:bgid>44140200100101</onemap:bgid><onemap:community_code>441402001001"
        + "</onemap:community_code></onemap:events></wfs:Insert></wfs:Transaction>";
  }

  private static String insertPond(String kind) {
    return "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
        + NS
        + "><wfs:Insert><onemap:water><onemap:geom><gml:MultiSurface gml:id=\"s\""
        + " srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:surfaceMember>"
        + "<gml:Polygon gml:id=\"p\"><gml:exterior><gml:LinearRing><gml:posList>"
        + "24.050 115.850 24.050 115.856 24.056 115.856 24.056 115.850 24.050 115.850"
        + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
        + "</gml:surfaceMember></gml:MultiSurface></onemap:geom>"
        + "<onemap:name>值域测试塘</onemap:name><onemap:kind>"
        + kind
        + "</onemap:kind></onemap:water></wfs:Insert></wfs:Transaction>";
  }

  private static JsonNode attribute(JsonNode layer, String name) {
    for (JsonNode a : layer.get("attributes")) {
      if (a.get("name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no attribute " + name + " in " + layer);
  }
}
