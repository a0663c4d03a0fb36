package cn.onemap.ogc.api;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.OgcRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Queryables and schema of coded attributes on both backends: enum + x-onemap-codelist. */
class CodeListSchemaIT {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void codedAttributesListTheirCodesAndNames(Backend backend) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      var store = fixture.store();
      store.putCodeList(
          new CodeList(
              "land_use",
              "土地利用现状分类",
              "GB/T 21010-2017",
              List.of(new CodeEntry("0701", "城镇住宅用地", "#FFFF00"), CodeEntry.of("0810", "公园与绿地"))));
      store.putCodeList(
          new CodeList(
              "floors_class",
              "层数分类",
              "",
              List.of(CodeEntry.of("1", "低层"), CodeEntry.of("2", "多层"))));
      store.createLayer(
          new LayerDefinition(
              "parcels",
              "宗地",
              LayerKind.THEMATIC,
              GeometryType.POINT,
              List.of(
                  AttributeDefinition.required("landuse", AttributeType.STRING, "用地代码")
                      .withCodeList("land_use"),
                  AttributeDefinition.optional("floors", AttributeType.INTEGER, "层数分类")
                      .withCodeList("floors_class"),
                  AttributeDefinition.optional("note", AttributeType.STRING, "备注")),
              AccessLevel.PUBLIC,
              true,
              null));
      OgcApiFeatures api = new OgcApiFeatures(store, 100);
      for (String doc : List.of("queryables", "schema")) {
        var r =
            api.handle(
                OgcRequest.get("http://test/ogcapi", "/collections/parcels/" + doc, Map.of()),
                TestLayers.reader(false));
        assertThat(r.status()).isEqualTo(200);
        JsonNode q = new ObjectMapper().readTree(body(r));
        assertThat(q.at("/properties/landuse/enum").toString()).isEqualTo("[\"0701\",\"0810\"]");
        assertThat(q.at("/properties/landuse/x-onemap-codelist/id").asText()).isEqualTo("land_use");
        assertThat(q.at("/properties/landuse/x-onemap-codelist/standard").asText())
            .isEqualTo("GB/T 21010-2017");
        assertThat(q.at("/properties/landuse/x-onemap-codelist/entries/0/name").asText())
            .isEqualTo("城镇住宅用地");
        assertThat(q.at("/properties/landuse/x-onemap-codelist/entries/0/colour").asText())
            .isEqualTo("#FFFF00");
        assertThat(q.at("/properties/landuse/x-onemap-codelist/entries/1/colour").isMissingNode())
            .isTrue();
        // whole-number codes are JSON numbers, as the attribute's values are
        assertThat(q.at("/properties/floors/enum").toString()).isEqualTo("[1,2]");
        assertThat(q.at("/properties/note/enum").isMissingNode()).isTrue();
      }
      // WFS DescribeFeatureType keeps the types and names the codes in an annotation
      var ows =
          new cn.onemap.ogc.ows.OwsDispatcher(
              List.of(
                  cn.onemap.ogc.wfs.WfsService.descriptor(
                      store, cn.onemap.ogc.wfs.WfsConfig.defaults())));
      String xsd =
          body(
              ows.handle(
                  OgcRequest.get(
                      "http://test/ows",
                      "/",
                      Map.of(
                          "SERVICE", "WFS",
                          "VERSION", "2.0.0",
                          "REQUEST", "DescribeFeatureType",
                          "TYPENAMES", "onemap:parcels")),
                  TestLayers.reader(false)));
      assertThat(xsd)
          .contains("name=\"landuse\" type=\"xsd:string\"")
          .contains("值域 land_use（土地利用现状分类）: 0701=城镇住宅用地; 0810=公园与绿地")
          .contains("值域 floors_class（层数分类）: 1=低层; 2=多层");
    }
  }
}
