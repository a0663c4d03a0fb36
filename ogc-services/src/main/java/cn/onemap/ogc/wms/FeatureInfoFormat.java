package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.CodeNames;
import cn.onemap.ogc.gml.GmlGeometryWriter;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.XmlOut;
import cn.onemap.ogc.wfs.GeoJsonFeatureWriter;
import cn.onemap.ogc.wfs.WfsConfig;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;

/**
 * The GetFeatureInfo output formats.
 *
 * <ul>
 *   <li>{@code text/html}: one table per layer with its Chinese title and the attributes' Chinese
 *       labels, values HTML-escaped; a coded value shows as its name with the code in brackets
 *       ({@code 给水（JS）}), the code alone in {@code data-code};
 *   <li>{@code application/json}: a GeoJSON FeatureCollection (longitude, latitude), each feature
 *       with id {@code layer.featureId} and the foreign members {@code layer} and {@code
 *       layerTitle}, and {@code names} (attribute → Chinese name of its code) for attributes with a
 *       code list;
 *   <li>{@code application/vnd.ogc.gml}: a GML 3.1.1 {@code wfs:FeatureCollection} of {@code
 *       onemap:<layer>} members, geometry in EPSG:4490 (latitude first, urn srsName).
 * </ul>
 *
 * Unknown formats are InvalidFormat.
 */
final class FeatureInfoFormat {
  static final String HTML = "text/html";
  static final String JSON = "application/json";
  static final String GML = "application/vnd.ogc.gml";

  private static final JsonFactory JSON_FACTORY = new JsonFactory();
  private static final String WFS = "http://www.opengis.net/wfs";

  private FeatureInfoFormat() {}

  static String canonical(String format) {
    String f = format.toLowerCase(Locale.ROOT).replace(" ", "");
    if (f.startsWith("text/html")) {
      return HTML;
    }
    if (f.equals("application/json") || f.equals("json") || f.equals("application/geo+json")) {
      return JSON;
    }
    if (f.equals(GML) || f.equals("application/gml+xml") || f.equals("text/xml")) {
      return GML;
    }
    throw WmsErrors.invalidFormat("info_format", format, WmsCapabilities.INFO_FORMATS);
  }

  static OgcResponse write(
      String format,
      List<FeatureHit> hits,
      boolean v13,
      Function<String, Optional<CodeList>> codeLists) {
    Map<String, CodeNames> names = new HashMap<>();
    Function<FeatureHit, CodeNames> namesOf =
        h -> names.computeIfAbsent(h.layer().id(), id -> CodeNames.of(h.layer(), codeLists));
    return switch (format) {
      case JSON ->
          OgcResponse.ok("application/json; charset=UTF-8", out -> json(hits, namesOf, out));
      case GML -> OgcResponse.ok(GML + "; charset=UTF-8", out -> gml(hits, out));
      default -> OgcResponse.ok("text/html; charset=UTF-8", out -> html(hits, namesOf, out));
    };
  }

  private static void json(
      List<FeatureHit> hits, Function<FeatureHit, CodeNames> namesOf, OutputStream out)
      throws IOException {
    try (JsonGenerator g = JSON_FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (FeatureHit h : hits) {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", h.layer().id() + "." + h.feature().id());
        g.writeStringField("layer", h.layer().id());
        g.writeStringField("layerTitle", h.layer().title());
        g.writeFieldName("geometry");
        GeoJsonFeatureWriter.geometry(g, h.feature().geometry().get());
        g.writeObjectFieldStart("properties");
        for (AttributeDefinition a : h.layer().attributes()) {
          Object v = h.feature().attribute(a.name());
          if (v == null) {
            g.writeNullField(a.name());
          } else if (v instanceof Number n && !(v instanceof java.math.BigDecimal)) {
            g.writeFieldName(a.name());
            g.writeNumber(n.doubleValue() == n.longValue() ? n.longValue() : n.doubleValue());
          } else if (v instanceof Boolean b) {
            g.writeBooleanField(a.name(), b);
          } else {
            g.writeStringField(a.name(), v.toString());
          }
        }
        g.writeEndObject();
        Map<String, String> coded = namesOf.apply(h).names(h.feature().attributes());
        if (!coded.isEmpty()) {
          g.writeObjectFieldStart("names");
          for (Map.Entry<String, String> e : coded.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("numberReturned", hits.size());
      g.writeEndObject();
    }
  }

  private static void html(
      List<FeatureHit> hits, Function<FeatureHit, CodeNames> namesOf, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">");
    w.write("<title>要素信息</title></head><body>\n");
    if (hits.isEmpty()) {
      w.write("<p>此处没有要素。</p>\n");
    }
    String current = null;
    for (FeatureHit h : hits) {
      if (!h.layer().id().equals(current)) {
        if (current != null) {
          w.write("</table>\n");
        }
        current = h.layer().id();
        w.write("<table class=\"featureInfo\" data-layer=\"" + esc(current) + "\">\n");
        w.write("<caption>" + esc(h.layer().title()) + "</caption>\n<tr><th>编号</th>");
        for (AttributeDefinition a : h.layer().attributes()) {
          w.write(
              "<th>"
                  + esc(a.label() == null || a.label().isBlank() ? a.name() : a.label())
                  + "</th>");
        }
        w.write("</tr>\n");
      }
      w.write("<tr><td>" + esc(h.feature().id()) + "</td>");
      for (AttributeDefinition a : h.layer().attributes()) {
        Object v = h.feature().attribute(a.name());
        Optional<String> name = namesOf.apply(h).name(a.name(), v);
        if (name.isPresent()) {
          w.write(
              "<td data-code=\""
                  + esc(v.toString())
                  + "\">"
                  + esc(name.get())
                  + "（"
                  + esc(v.toString())
                  + "）</td>");
        } else {
          w.write("<td>" + (v == null ? "" : esc(v.toString())) + "</td>");
        }
      }
      w.write("</tr>\n");
    }
    if (current != null) {
      w.write("</table>\n");
    }
    w.write("</body></html>\n");
    w.flush();
  }

  private static void gml(List<FeatureHit> hits, OutputStream out) throws IOException {
    XmlOut x = XmlOut.open(out);
    x.root(
        "wfs",
        "FeatureCollection",
        "wfs",
        WFS,
        "gml",
        GmlGeometryWriter.GML31,
        "onemap",
        WfsConfig.DEFAULT_NAMESPACE);
    var geometries = new GmlGeometryWriter(x.stax(), false, WireCrs.storage());
    for (FeatureHit h : hits) {
      String id = h.layer().id() + "." + h.feature().id();
      x.start("gml", "featureMember");
      x.start("onemap", h.layer().id()).attr("gml:id", id);
      x.start("onemap", "geom");
      try {
        geometries.write(h.feature().geometry().get(), id);
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
      x.end();
      for (AttributeDefinition a : h.layer().attributes()) {
        Object v = h.feature().attribute(a.name());
        if (v != null) {
          x.element("onemap", a.name(), v.toString());
        }
      }
      x.end().end();
    }
    x.end().finish();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
