package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Wkt;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-attribute permissions: the owner's phone number of a parcel is restricted to EDITOR by the
 * admin API; a VIEWER's REST features, CSV export, WFS GetFeature and DescribeFeatureType, WMS
 * GetFeatureInfo, OGC API items and schema lack (and vector tiles, shared by all, never carry) it
 * (and a filter or sort on it is refused as unknown), an ADMIN's and an EDITOR's have it. Also the
 * admin's PATCH of a layer's metadata: its tree group (图层分组) is set, listed, audited and cleared.
 */
class AttributePermissionIT extends SecurityTestBase {
  private static final String LAYER = "owned_parcels";

  /** The context is shared with other tests that count the layers: leave none behind. */
  @AfterEach
  void dropParcels() {
    store.dropLayer(LAYER);
  }

  @BeforeEach
  void parcels() {
    synchronized (AttributePermissionIT.class) {
      if (store.layer(LAYER).isPresent()) {
        return;
      }
      store.createLayer(
          LayerDefinition.of(
                  LAYER,
                  "宗地（权利人）",
                  LayerKind.THEMATIC,
                  GeometryType.POLYGON,
                  List.of(
                      AttributeDefinition.optional("owner", AttributeType.STRING, "权利人"),
                      AttributeDefinition.optional("owner_phone", AttributeType.STRING, "联系电话")))
              .withAccessLevel(AccessLevel.INTERNAL));
      store.apply(
          LAYER,
          List.of(
              FeatureEdit.insert(
                  "p1",
                  Wkt.read("POLYGON ((116.1 24.3, 116.101 24.3, 116.101 24.301, 116.1 24.3))"),
                  Map.of("owner", "张三", "owner_phone", "13800138000"))),
          EditContext.by("setup"));
      if (admin().get("/api/admin/users").body().contains("parcel_viewer")) {
        return;
      }
      createUser("parcel_viewer", "parcel-viewer-1", "\"VIEWER\"");
      createUser("parcel_editor", "parcel-editor-1", "\"EDITOR\"");
    }
  }

  @Test
  void aViewerNeverSeesTheRestrictedAttributeAndAnAdminDoes() {
    Http.Response set =
        admin()
            .putJson(
                "/api/admin/layers/" + LAYER + "/attributes/owner_phone/read-role",
                "{\"role\":\"EDITOR\"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(
            admin()
                .putJson(
                    "/api/admin/layers/" + LAYER + "/attributes/owner_phone/read-role",
                    "{\"role\":\"BOSS\"}")
                .status())
        .isEqualTo(400);

    Http viewer = new Http(port).basic("parcel_viewer", "parcel-viewer-1");
    Http editor = new Http(port).basic("parcel_editor", "parcel-editor-1");
    String wfs =
        "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:"
            + LAYER
            + "&OUTPUTFORMAT=application/json";

    // REST features, CSV export, WFS GetFeature (GeoJSON and GML), OGC API items, the schema.
    String rest = viewer.get("/api/layers/" + LAYER + "/features").body();
    assertThat(rest).contains("张三").doesNotContain("owner_phone").doesNotContain("13800138000");
    String csv = viewer.get("/api/layers/" + LAYER + "/features?f=csv").body();
    assertThat(csv).contains("owner").contains("张三").doesNotContain("owner_phone");
    assertThat(csv).doesNotContain("13800138000");
    String wfsJson = viewer.get(wfs).body();
    assertThat(wfsJson).contains("张三").doesNotContain("13800138000");
    String gml =
        viewer
            .get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:" + LAYER)
            .body();
    assertThat(gml).contains("张三").doesNotContain("owner_phone").doesNotContain("13800138000");
    String describe =
        viewer
            .get(
                "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=onemap:"
                    + LAYER)
            .body();
    assertThat(describe).contains("owner").doesNotContain("owner_phone");
    String items = viewer.get("/ogcapi/collections/" + LAYER + "/items?f=json").body();
    assertThat(items).contains("张三").doesNotContain("13800138000");
    String gfi =
        "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:4490"
            + "&BBOX=116.1002,24.2998,116.1012,24.3008&WIDTH=101&HEIGHT=101&X=50&Y=50&LAYERS="
            + LAYER
            + "&QUERY_LAYERS="
            + LAYER
            + "&STYLES=&FEATURE_COUNT=1&INFO_FORMAT=application/json";
    String info = viewer.get(gfi).body();
    assertThat(info).contains("张三").doesNotContain("owner_phone").doesNotContain("13800138000");
    assertThat(admin().get(gfi).body()).contains("13800138000");
    // Vector tiles are shared by every caller and cached: they never carry it, not even the
    // admin's.
    var matrix = TileMatrixSets.standard().find("c").orElseThrow().matrix("16").orElseThrow();
    TileRange at = matrix.tileAt(116.1007, 24.3003);
    String mvt = "/tiles/" + LAYER + "/c/16/" + at.minCol() + "/" + at.minRow() + ".mvt";
    Http.Response tile = admin().get(mvt);
    assertThat(tile.status()).as(mvt).isEqualTo(200);
    assertThat(tile.body()).contains("owner").contains("张三").doesNotContain("13800138000");
    JsonNode schema = viewer.get("/api/layers/" + LAYER).json();
    assertThat(schema.get("attributes").toString()).contains("owner").doesNotContain("owner_phone");

    // No probing by filter or order.
    Http.Response probe =
        viewer.get(
            "/api/layers/" + LAYER + "/features?filter=" + Http.q("owner_phone LIKE '138%'"));
    assertThat(probe.status()).isEqualTo(400);
    assertThat(viewer.get("/api/layers/" + LAYER + "/features?sortBy=owner_phone").status())
        .isEqualTo(400);
    assertThat(viewer.get(wfs + "&CQL_FILTER=" + Http.q("owner_phone LIKE '138%'")).body())
        .doesNotContain("13800138000")
        .contains("ExceptionReport");
    assertThat(
            viewer
                .get(
                    "/ogcapi/collections/"
                        + LAYER
                        + "/items?f=json&filter="
                        + Http.q("owner_phone LIKE '138%'"))
                .status())
        .isEqualTo(400);

    // The holders of the role, and the admin, read it everywhere.
    for (Http reader : List.of(admin(), editor)) {
      assertThat(reader.get("/api/layers/" + LAYER + "/features").body()).contains("13800138000");
      assertThat(reader.get("/api/layers/" + LAYER + "/features?f=csv").body())
          .contains("owner_phone")
          .contains("13800138000");
      assertThat(reader.get(wfs).body()).contains("13800138000");
    }
    assertThat(admin().get("/api/layers/" + LAYER).json().get("attributes").toString())
        .contains("\"readRole\":\"EDITOR\"");
    assertThat(
            admin()
                .get("/api/admin/audit?action=LAYER_ATTRIBUTE_READ_ROLE")
                .json()
                .get(0)
                .get("target")
                .asText())
        .isEqualTo(LAYER + ".owner_phone");

    // Lifted: the viewer reads it again.
    admin()
        .putJson(
            "/api/admin/layers/" + LAYER + "/attributes/owner_phone/read-role", "{\"role\":null}");
    assertThat(viewer.get("/api/layers/" + LAYER + "/features").body()).contains("13800138000");
  }

  @Test
  void anAdminFilesALayerUnderAGroupAndTakesItOut() {
    String path = "/api/admin/layers/" + LAYER;
    assertThat(admin().get("/api/layers/" + LAYER).json().has("group")).isFalse();

    Http.Response set = admin().patchJson(path, "{\"group\":\"  规划专题 \"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("group").asText()).isEqualTo("规划专题");
    assertThat(set.json().get("title").asText()).isEqualTo("宗地（权利人）"); // the rest stays
    JsonNode listed = null;
    for (JsonNode layer : admin().get("/api/layers").json()) {
      if (layer.get("id").asText().equals(LAYER)) {
        listed = layer;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("group").asText()).isEqualTo("规划专题");
    // Readers see the group too (the tree groups by it).
    Http viewer = new Http(port).basic("parcel_viewer", "parcel-viewer-1");
    assertThat(viewer.get("/api/layers/" + LAYER).json().get("group").asText()).isEqualTo("规划专题");
    // A title change leaves the group.
    admin().patchJson(path, "{\"title\":\"宗地（规划）\"}");
    assertThat(admin().get("/api/layers/" + LAYER).json().get("group").asText()).isEqualTo("规划专题");

    Http.Response tooLong = admin().patchJson(path, "{\"group\":\"" + "组".repeat(51) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("error").asText()).isEqualTo("BAD_REQUEST");
    assertThat(tooLong.json().get("message").asText()).contains("group").contains("50");
    assertThat(admin().get("/api/layers/" + LAYER).json().get("group").asText()).isEqualTo("规划专题");
    assertThat(
            new Http(port)
                .basic("parcel_editor", "parcel-editor-1")
                .patchJson(path, "{\"group\":\"x\"}")
                .status())
        .isEqualTo(403);

    JsonNode audit = admin().get("/api/admin/audit?action=LAYER_UPDATED").json();
    assertThat(audit.toString()).contains("group (none) -> 规划专题");

    Http.Response cleared = admin().patchJson(path, "{\"group\":\"\"}");
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.json().has("group")).isFalse();
    assertThat(admin().get("/api/layers/" + LAYER).json().has("group")).isFalse();

    JsonNode patchSchema =
        new Http(port).get("/v3/api-docs").json().at("/components/schemas/LayerPatch");
    assertThat(patchSchema.at("/properties/group/maxLength").asInt()).isEqualTo(50);
    assertThat(patchSchema.at("/properties/group/description").asText()).contains("图层分组");
  }
}
