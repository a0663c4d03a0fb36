package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.wfs.WfsNames.*;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.gml.GmlGeometryWriter;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.XmlOut;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * DescribeFeatureType: an XML Schema with one complex type per requested (readable) layer. The
 * geometry property is {@code geom}; attributes follow in schema order with XSD types; the feature
 * id is the gml:id, not an element.
 */
final class DescribeFeatureTypeHandler implements OperationHandler {
  private final WfsContext ctx;

  DescribeFeatureTypeHandler(WfsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    List<LayerDefinition> layers = new ArrayList<>();
    for (String name : typeNames(call)) {
      layers.add(ctx.layer(name, call.policy(), "typeName"));
    }
    if (layers.isEmpty()) {
      layers = ctx.readableLayers(call.policy());
    }
    boolean v2 = isWfs2(call.version());
    String gmlNs = v2 ? GmlGeometryWriter.GML32 : GmlGeometryWriter.GML31;
    List<LayerDefinition> described = layers;
    return OgcResponse.ok(
        v2 ? GML32_FORMAT : GML31_FORMAT,
        out -> {
          XmlOut x = XmlOut.open(out);
          x.root("xsd", "schema", "xsd", XSD, "gml", gmlNs, "onemap", ctx.config().namespaceUri());
          x.attr("targetNamespace", ctx.config().namespaceUri());
          x.attr("elementFormDefault", "qualified");
          x.attr("version", "1.0");
          x.start("xsd", "import").attr("namespace", gmlNs);
          x.attr(
              "schemaLocation",
              v2
                  ? "http://schemas.opengis.net/gml/3.2.1/gml.xsd"
                  : "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd");
          x.end();
          for (LayerDefinition layer : described) {
            x.start("xsd", "complexType").attr("name", layer.id() + "Type");
            x.start("xsd", "complexContent");
            x.start("xsd", "extension").attr("base", "gml:AbstractFeatureType");
            x.start("xsd", "sequence");
            x.start("xsd", "element").attr("name", "geom");
            x.attr("type", "gml:" + geometryType(layer)).attr("minOccurs", "0");
            x.attr("maxOccurs", "1").attr("nillable", "true").end();
            for (AttributeDefinition a : layer.attributes()) {
              x.start("xsd", "element").attr("name", a.name());
              x.attr("type", "xsd:" + xsdType(a)).attr("minOccurs", a.required() ? "1" : "0");
              x.attr("maxOccurs", "1").attr("nillable", a.required() ? "false" : "true");
              x.start("xsd", "annotation").element("xsd", "documentation", a.label());
              // The type stays xsd:string/int (clients read codes); the names are for people.
              var list =
                  a.codeList() == null
                      ? java.util.Optional.<cn.onemap.core.catalog.CodeList>empty()
                      : ctx.store().codeList(a.codeList());
              if (list.isPresent()) {
                x.element("xsd", "documentation", codeListText(list.get()));
              }
              x.end();
              x.end();
            }
            x.end().end().end().end();
            x.start("xsd", "element").attr("name", layer.id());
            x.attr("type", "onemap:" + layer.id() + "Type");
            x.attr("substitutionGroup", v2 ? "gml:AbstractFeature" : "gml:_Feature").end();
          }
          x.end().finish();
        });
  }

  /** "值域 id（title）: JS=给水; PS=排水; …" */
  static String codeListText(cn.onemap.core.catalog.CodeList list) {
    StringBuilder b = new StringBuilder("值域 ").append(list.id()).append("（").append(list.title());
    b.append("）: ");
    for (int i = 0; i < list.entries().size(); i++) {
      var e = list.entries().get(i);
      b.append(i == 0 ? "" : "; ").append(e.code()).append('=').append(e.name());
    }
    return b.toString();
  }

  private static List<String> typeNames(OwsCall call) {
    List<String> out = new ArrayList<>();
    if (call.xmlBody().isPresent()) {
      XMLStreamReader r = SafeXml.open(call.xmlBody().get());
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("TypeName")) {
          out.add(SafeXml.text(r));
        } else {
          SafeXml.skip(r);
        }
      }
      return out;
    }
    String v =
        call.request().param("TYPENAMES").or(() -> call.request().param("TYPENAME")).orElse("");
    for (String s : v.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static String geometryType(LayerDefinition layer) {
    return switch (layer.geometryType()) {
      case POINT -> "PointPropertyType";
      case LINESTRING -> "LineStringPropertyType";
      case POLYGON -> "PolygonPropertyType";
      case MULTIPOINT -> "MultiPointPropertyType";
      case MULTILINESTRING -> "MultiCurvePropertyType";
      case MULTIPOLYGON -> "MultiSurfacePropertyType";
      case GEOMETRY -> "GeometryPropertyType";
    };
  }

  static String xsdType(AttributeDefinition a) {
    return switch (a.type()) {
      case STRING -> "string";
      case INTEGER -> "int";
      case LONG -> "long";
      case DOUBLE -> "double";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case TIMESTAMP -> "dateTime";
    };
  }
}
