package cn.onemap.ogc.fes;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import cn.onemap.ogc.wfs.WfsConfig;
import cn.onemap.ogc.wfs.WfsService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every FES 2.0 operator the WFS advertises, each with the exact feature ids it must return on a
 * small known data set, on H2GIS and PostGIS, through the KVP FILTER parameter and an XML POST.
 *
 * <pre>
 *   lat 24.50                                  5 Meizhou_Hall (116.30)
 *   lat 24.34                    4 "50%_off" (level null)
 *   lat 24.32            3 剑英公园      ┌─ zone B 116.13–116.17 × 24.31–24.35
 *   lat 24.30     2 客都大道
 *   lat 24.28  1 梅州站            zone A 116.09–116.13 × 24.27–24.31 holds 1 and 2
 *          116.10  116.12  116.14  116.16
 * </pre>
 *
 * 1→2 is about 3.0 km (0.028°), 1→3 about 6 km.
 */
class FesOperatorsIT {
  private static final String FES = "http://www.opengis.net/fes/2.0";
  private static final String GML = "http://www.opengis.net/gml/3.2";
  private static final String ZONE_A =
      "<gml:Polygon gml:id=\"a\" srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:exterior>"
          + "<gml:LinearRing><gml:posList>24.27 116.09 24.27 116.13 24.31 116.13 24.31 116.09"
          + " 24.27 116.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
  private static final String POINT_1 =
      "<gml:Point gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::4490\">"
          + "<gml:pos>24.28 116.10</gml:pos></gml:Point>";
  private static final Map<Backend, StoreFixture> FIXTURES = new EnumMap<>(Backend.class);
  private static final Map<Backend, OwsDispatcher> SERVICES = new EnumMap<>(Backend.class);

  @AfterAll
  static void closeStores() {
    FIXTURES.values().forEach(StoreFixture::close);
  }

  private static synchronized OwsDispatcher service(Backend backend) {
    return SERVICES.computeIfAbsent(
        backend,
        b -> {
          StoreFixture f = StoreFixture.open(b);
          FIXTURES.put(b, f);
          load(f.store());
          return new OwsDispatcher(List.of(WfsService.descriptor(f.store(), WfsConfig.defaults())));
        });
  }

  private static void load(FeatureStore store) {
    store.createLayer(
        LayerDefinition.of(
            "sites",
            "站点",
            LayerKind.THEMATIC,
            GeometryType.POINT,
            List.of(
                AttributeDefinition.required("name", AttributeType.STRING, "名称"),
                AttributeDefinition.optional("level", AttributeType.INTEGER, "等级"))));
    store.createLayer(
        LayerDefinition.of(
            "zones",
            "片区",
            LayerKind.THEMATIC,
            GeometryType.POLYGON,
            List.of(AttributeDefinition.required("name", AttributeType.STRING, "名称"))));
    List<FeatureEdit> sites = new ArrayList<>();
    sites.add(site("1", 116.10, 24.28, "梅州站", 1));
    sites.add(site("2", 116.12, 24.30, "客都大道", 2));
    sites.add(site("3", 116.14, 24.32, "剑英公园", 3));
    sites.add(site("4", 116.16, 24.34, "50%_off", null));
    sites.add(site("5", 116.30, 24.50, "Meizhou_Hall", 5));
    store.apply("sites", sites, EditContext.by("test"));
    store.apply(
        "zones",
        List.of(
            FeatureEdit.insert(
                "A",
                Wkt.read(
                    "POLYGON ((116.09 24.27, 116.13 24.27, 116.13 24.31, 116.09 24.31, 116.09"
                        + " 24.27))"),
                Map.of("name", "江南")),
            FeatureEdit.insert(
                "B",
                Wkt.read(
                    "POLYGON ((116.13 24.31, 116.17 24.31, 116.17 24.35, 116.13 24.35, 116.13"
                        + " 24.31))"),
                Map.of("name", "江北"))),
        EditContext.by("test"));
  }

  private static FeatureEdit site(String id, double lon, double lat, String name, Integer level) {
    Map<String, Object> a = new HashMap<>();
    a.put("name", name);
    a.put("level", level);
    return FeatureEdit.insert(id, Wkt.read("POINT (" + lon + " " + lat + ")"), a);
  }

  private static String gk(double lon, double lat) {
    double[] en = Transforms.get("EPSG:4490", "EPSG:4548").transform(lon, lat);
    return en[1] + " " + en[0]; // EPSG:4548 by URN: northing first
  }

  private static String cmp(String op, String property, String literal, String attrs) {
    return "<fes:"
        + op
        + attrs
        + "><fes:ValueReference>"
        + property
        + "</fes:ValueReference><fes:Literal>"
        + literal
        + "</fes:Literal></fes:"
        + op
        + ">";
  }

  private static String like(String pattern, String wild, String single, String escape) {
    return "<fes:PropertyIsLike wildCard=\""
        + wild
        + "\" singleChar=\""
        + single
        + "\" escapeChar=\""
        + escape
        + "\"><fes:ValueReference>name</fes:ValueReference><fes:Literal>"
        + pattern
        + "</fes:Literal></fes:PropertyIsLike>";
  }

  private static String dwithin(String distance, String uom) {
    return "<fes:DWithin><fes:ValueReference>geom</fes:ValueReference>"
        + POINT_1
        + "<fes:Distance uom=\""
        + uom
        + "\">"
        + distance
        + "</fes:Distance></fes:DWithin>";
  }

  /** name, layer, the operator XML, the expected ids in order. */
  static Stream<Arguments> operators() {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {"EqualTo", "sites", cmp("PropertyIsEqualTo", "level", "2", ""), "2"});
    cases.add(
        new Object[] {
          "EqualTo matchCase=false",
          "sites",
          cmp("PropertyIsEqualTo", "name", "meizhou_hall", " matchCase=\"false\""),
          "5"
        });
    cases.add(
        new Object[] {
          "NotEqualTo", "sites", cmp("PropertyIsNotEqualTo", "level", "2", ""), "1,3,5"
        });
    cases.add(
        new Object[] {"LessThan", "sites", cmp("PropertyIsLessThan", "level", "3", ""), "1,2"});
    cases.add(
        new Object[] {
          "GreaterThan", "sites", cmp("PropertyIsGreaterThan", "level", "2", ""), "3,5"
        });
    cases.add(
        new Object[] {
          "LessThanOrEqualTo",
          "sites",
          cmp("PropertyIsLessThanOrEqualTo", "level", "3", ""),
          "1,2,3"
        });
    cases.add(
        new Object[] {
          "GreaterThanOrEqualTo",
          "sites",
          cmp("PropertyIsGreaterThanOrEqualTo", "level", "3", ""),
          "3,5"
        });
    cases.add(new Object[] {"Like prefix", "sites", like("梅州*", "*", "?", "!"), "1"});
    cases.add(new Object[] {"Like singleChar", "sites", like("剑英公?", "*", "?", "!"), "3"});
    cases.add(
        new Object[] {"Like %/_ wildcards", "sites", like("50\\%\\_off", "%", "_", "\\"), "4"});
    cases.add(new Object[] {"Like SQL % is literal", "sites", like("%", "*", "?", "!"), ""});
    cases.add(new Object[] {"Like SQL _ is literal", "sites", like("____", "*", ".", "!"), ""});
    cases.add(new Object[] {"Like any", "sites", like("*?*", "*", "?", "!"), "1,2,3,4,5"});
    cases.add(new Object[] {"Like escaped singleChar", "sites", like("*!?*", "*", "?", "!"), ""});
    cases.add(new Object[] {"Like escaped wildCard", "sites", like("*!**", "*", "?", "!"), ""});
    cases.add(
        new Object[] {
          "Null",
          "sites",
          "<fes:PropertyIsNull><fes:ValueReference>level</fes:ValueReference></fes:PropertyIsNull>",
          "4"
        });
    cases.add(
        new Object[] {
          "Nil",
          "sites",
          "<fes:PropertyIsNil><fes:ValueReference>level</fes:ValueReference></fes:PropertyIsNil>",
          "4"
        });
    cases.add(
        new Object[] {
          "Between",
          "sites",
          "<fes:PropertyIsBetween><fes:ValueReference>level</fes:ValueReference>"
              + "<fes:LowerBoundary><fes:Literal>2</fes:Literal></fes:LowerBoundary>"
              + "<fes:UpperBoundary><fes:Literal>3</fes:Literal></fes:UpperBoundary>"
              + "</fes:PropertyIsBetween>",
          "2,3"
        });
    cases.add(
        new Object[] {
          "And",
          "sites",
          "<fes:And>"
              + cmp("PropertyIsGreaterThanOrEqualTo", "level", "2", "")
              + cmp("PropertyIsLessThan", "level", "5", "")
              + "</fes:And>",
          "2,3"
        });
    cases.add(
        new Object[] {
          "Or",
          "sites",
          "<fes:Or>"
              + cmp("PropertyIsEqualTo", "level", "1", "")
              + cmp("PropertyIsEqualTo", "name", "剑英公园", "")
              + "</fes:Or>",
          "1,3"
        });
    cases.add(
        new Object[] {
          "Not",
          "sites",
          "<fes:Not>" + cmp("PropertyIsEqualTo", "name", "梅州站", "") + "</fes:Not>",
          "2,3,4,5"
        });
    cases.add(
        new Object[] {
          "BBOX urn lat,lon",
          "sites",
          "<fes:BBOX><fes:ValueReference>geom</fes:ValueReference>"
              + "<gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4490\">"
              + "<gml:lowerCorner>24.27 116.09</gml:lowerCorner>"
              + "<gml:upperCorner>24.31 116.13</gml:upperCorner></gml:Envelope></fes:BBOX>",
          "1,2"
        });
    cases.add(
        new Object[] {
          "BBOX EPSG:4490 short form lon,lat",
          "sites",
          "<fes:BBOX><gml:Envelope srsName=\"EPSG:4490\">"
              + "<gml:lowerCorner>116.09 24.27</gml:lowerCorner>"
              + "<gml:upperCorner>116.13 24.31</gml:upperCorner></gml:Envelope></fes:BBOX>",
          "1,2"
        });
    cases.add(
        new Object[] {
          "BBOX GK urn northing,easting",
          "sites",
          "<fes:BBOX><gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4548\">"
              + "<gml:lowerCorner>"
              + gk(116.09, 24.27)
              + "</gml:lowerCorner><gml:upperCorner>"
              + gk(116.13, 24.31)
              + "</gml:upperCorner></gml:Envelope></fes:BBOX>",
          "1,2"
        });
    cases.add(
        new Object[] {
          "Intersects",
          "sites",
          "<fes:Intersects><fes:ValueReference>geom</fes:ValueReference>"
              + ZONE_A
              + "</fes:Intersects>",
          "1,2"
        });
    cases.add(
        new Object[] {
          "Within",
          "sites",
          "<fes:Within><fes:ValueReference>geom</fes:ValueReference>" + ZONE_A + "</fes:Within>",
          "1,2"
        });
    cases.add(
        new Object[] {
          "Contains",
          "zones",
          "<fes:Contains><fes:ValueReference>geom</fes:ValueReference>"
              + "<gml:Point gml:id=\"q\" srsName=\"urn:ogc:def:crs:EPSG::4490\">"
              + "<gml:pos>24.33 116.15</gml:pos></gml:Point></fes:Contains>",
          "B"
        });
    cases.add(
        new Object[] {
          "Disjoint",
          "sites",
          "<fes:Disjoint><fes:ValueReference>geom</fes:ValueReference>"
              + ZONE_A
              + "</fes:Disjoint>",
          "3,4,5"
        });
    cases.add(new Object[] {"DWithin 2500 m", "sites", dwithin("2500", "m"), "1"});
    cases.add(new Object[] {"DWithin 3500 m", "sites", dwithin("3500", "m"), "1,2"});
    cases.add(new Object[] {"DWithin 2.5 km", "sites", dwithin("2.5", "km"), "1"});
    cases.add(new Object[] {"DWithin 3.5 km", "sites", dwithin("3.5", "km"), "1,2"});
    cases.add(new Object[] {"DWithin 0.02 deg", "sites", dwithin("0.02", "deg"), "1"});
    cases.add(new Object[] {"DWithin 0.03 deg", "sites", dwithin("0.03", "deg"), "1,2"});
    cases.add(
        new Object[] {
          "ResourceId",
          "sites",
          "<fes:ResourceId rid=\"sites.1\"/><fes:ResourceId rid=\"sites.3\"/>",
          "1,3"
        });
    List<Arguments> out = new ArrayList<>();
    for (Backend b : Backend.values()) {
      for (String encoding : List.of("KVP", "POST")) {
        for (Object[] c : cases) {
          out.add(Arguments.of(b, encoding, c[0], c[1], c[2], c[3]));
        }
      }
    }
    return out.stream();
  }

  private static String filter(String body) {
    return "<fes:Filter xmlns:fes=\""
        + FES
        + "\" xmlns:gml=\""
        + GML
        + "\">"
        + body
        + "</fes:Filter>";
  }

  private static OgcResponse getFeature(Backend b, String encoding, String layer, String body) {
    if (encoding.equals("KVP")) {
      Map<String, String> kvp = new LinkedHashMap<>();
      kvp.put("SERVICE", "WFS");
      kvp.put("VERSION", "2.0.0");
      kvp.put("REQUEST", "GetFeature");
      kvp.put("TYPENAMES", "onemap:" + layer);
      kvp.put("OUTPUTFORMAT", "application/json");
      kvp.put("FILTER", filter(body));
      return service(b)
          .handle(OgcRequest.get("http://test/ows", "/", kvp), TestLayers.reader(false));
    }
    String xml =
        "<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" service=\"WFS\""
            + " version=\"2.0.0\" outputFormat=\"application/json\">"
            + "<wfs:Query typeNames=\"onemap:"
            + layer
            + "\">"
            + filter(body)
            + "</wfs:Query></wfs:GetFeature>";
    return service(b)
        .handle(
            OgcRequest.post(
                "http://test/ows",
                "/",
                Map.of(),
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "application/xml"),
            TestLayers.reader(false));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("operators")
  void operatorReturnsExactlyTheExpectedFeatures(
      Backend backend, String encoding, String name, String layer, String xml, String expected)
      throws Exception {
    OgcResponse r = getFeature(backend, encoding, layer, xml);
    String text = body(r);
    assertThat(r.status()).as(text).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(text);
    List<String> ids = new ArrayList<>();
    json.get("features").forEach(f -> ids.add(f.get("id").asText()));
    ids.sort(String::compareTo);
    assertThat(String.join(",", ids)).as(name).isEqualTo(expected);
  }

  /** name, operator XML, expected exception code. */
  static Stream<Arguments> refused() {
    List<Arguments> out = new ArrayList<>();
    for (Backend b : Backend.values()) {
      out.add(
          Arguments.of(
              b,
              "unknown property",
              cmp("PropertyIsEqualTo", "nosuch", "1", ""),
              "InvalidParameterValue"));
      out.add(
          Arguments.of(
              b,
              "XPath property",
              cmp("PropertyIsEqualTo", "sites/name", "1", ""),
              "InvalidParameterValue"));
      out.add(
          Arguments.of(
              b,
              "function",
              "<fes:PropertyIsEqualTo><fes:Function name=\"strToUpperCase\">"
                  + "<fes:ValueReference>name</fes:ValueReference></fes:Function>"
                  + "<fes:Literal>X</fes:Literal></fes:PropertyIsEqualTo>",
              "OperationParsingFailed"));
      out.add(
          Arguments.of(
              b,
              "arithmetic",
              "<fes:PropertyIsEqualTo><fes:Add><fes:ValueReference>level</fes:ValueReference>"
                  + "<fes:Literal>1</fes:Literal></fes:Add><fes:Literal>3</fes:Literal>"
                  + "</fes:PropertyIsEqualTo>",
              "OperationParsingFailed"));
      out.add(
          Arguments.of(
              b,
              "unknown operator",
              "<fes:PropertyIsSimilarTo><fes:ValueReference>name</fes:ValueReference>"
                  + "</fes:PropertyIsSimilarTo>",
              "OperationParsingFailed"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("refused")
  void refusedWithAnExceptionReport(Backend backend, String name, String xml, String code) {
    for (String encoding : List.of("KVP", "POST")) {
      OgcResponse r = getFeature(backend, encoding, "sites", xml);
      String text = body(r);
      assertThat(r.status()).as(name + " " + text).isEqualTo(400);
      assertThat(text)
          .as(name)
          .contains("ExceptionReport")
          .contains("exceptionCode=\"" + code + "\"");
    }
  }
}
