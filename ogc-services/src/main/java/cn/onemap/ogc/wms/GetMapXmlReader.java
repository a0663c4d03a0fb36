package cn.onemap.ogc.wms;

import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.ServiceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML encoding of GetMap (OGC SLD 1.0, {@code <GetMap xmlns="http://www.opengis.net/sld">}) as
 * the equivalent KVP request, so POST and GET share every rule: {@code StyledLayerDescriptor} →
 * LAYERS and STYLES (a NamedStyle's name; a UserStyle makes the document the SLD_BODY), {@code
 * BoundingBox} with {@code gml:coord} X/Y or {@code gml:coordinates} (always x = east: GML 2
 * coordinates) and its srsName (or {@code CRS}) → the WMS 1.1.1 SRS and BBOX, {@code Output} →
 * FORMAT, WIDTH, HEIGHT, TRANSPARENT, BGCOLOR, {@code Exceptions}, and the vendor {@code Time}.
 * {@code UserLayer} (inline or remote features) is refused. The body was read by {@link SafeXml}:
 * no DTD, no external entities, bounded size.
 */
final class GetMapXmlReader {
  private GetMapXmlReader() {}

  static OwsCall toKvp(OwsCall call) {
    XMLStreamReader r = SafeXml.open(call.xmlBody().orElseThrow());
    if (!r.getLocalName().equals("GetMap")) {
      throw ServiceException.parsing(r.getLocalName(), "expected an SLD GetMap document");
    }
    Map<String, String> kvp = new LinkedHashMap<>();
    kvp.put("SERVICE", "WMS");
    kvp.put("VERSION", "1.1.1");
    kvp.put("REQUEST", "GetMap");
    String srs = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "StyledLayerDescriptor" -> layers(SafeXml.copy(r), kvp);
        case "CRS" -> srs = srs == null ? SafeXml.text(r) : skipText(r, srs);
        case "BoundingBox" -> {
          String s = r.getAttributeValue(null, "srsName");
          if (s != null && !s.isBlank()) {
            srs = s.strip();
          }
          kvp.put("BBOX", bbox(r));
        }
        case "Output" -> output(r, kvp);
        case "Exceptions" -> kvp.put("EXCEPTIONS", SafeXml.text(r));
        case "Time" -> kvp.put("TIME", SafeXml.text(r));
        default -> SafeXml.skip(r);
      }
    }
    if (srs != null) {
      kvp.put("SRS", srs);
    }
    OgcRequest q = OgcRequest.get(call.request().baseUrl(), call.request().path(), kvp);
    return new OwsCall(q, call.policy(), "1.1.1", Optional.empty());
  }

  private static String skipText(XMLStreamReader r, String keep) {
    SafeXml.text(r);
    return keep;
  }

  /** NamedLayer names and their NamedStyle names; a UserStyle anywhere sends the SLD along. */
  private static void layers(String sld, Map<String, String> kvp) {
    XMLStreamReader r = SafeXml.open(sld.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<String> layers = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    boolean userStyles = false;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String element = r.getLocalName();
      if (element.equals("UserLayer")) {
        throw new ServiceException(
            ServiceException.OPERATION_NOT_SUPPORTED,
            "UserLayer",
            "UserLayer (inline or remote features) is not supported; name a layer with NamedLayer");
      }
      if (!element.equals("NamedLayer")) {
        SafeXml.skip(r);
        continue;
      }
      String name = null;
      String style = "";
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "Name" -> name = SafeXml.text(r);
          case "NamedStyle" -> {
            while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
              if (r.getLocalName().equals("Name")) {
                style = SafeXml.text(r);
              } else {
                SafeXml.skip(r);
              }
            }
          }
          case "UserStyle" -> {
            userStyles = true;
            SafeXml.skip(r);
          }
          default -> SafeXml.skip(r);
        }
      }
      if (name == null || name.isBlank()) {
        throw ServiceException.parsing("NamedLayer", "a NamedLayer needs a Name");
      }
      layers.add(name);
      styles.add(style);
    }
    if (layers.isEmpty()) {
      throw ServiceException.missing("layers");
    }
    kvp.put("LAYERS", String.join(",", layers));
    kvp.put("STYLES", String.join(",", styles));
    if (userStyles) {
      kvp.put("SLD_BODY", sld);
    }
  }

  /** Two gml:coord (X, Y) or one gml:coordinates "x1,y1 x2,y2" as minx,miny,maxx,maxy. */
  private static String bbox(XMLStreamReader r) {
    List<String> numbers = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "coord" -> {
          String x = null;
          String y = null;
          while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "X" -> x = SafeXml.text(r);
              case "Y" -> y = SafeXml.text(r);
              default -> SafeXml.skip(r);
            }
          }
          if (x == null || y == null) {
            throw ServiceException.parsing("BoundingBox", "gml:coord needs X and Y");
          }
          numbers.add(x);
          numbers.add(y);
        }
        case "coordinates" -> {
          for (String pair : SafeXml.text(r).strip().split("\\s+")) {
            numbers.addAll(List.of(pair.split(",")));
          }
        }
        default -> SafeXml.skip(r);
      }
    }
    if (numbers.size() != 4) {
      throw ServiceException.parsing(
          "BoundingBox", "a BoundingBox needs two corners, got " + numbers.size() + " numbers");
    }
    return String.join(",", numbers);
  }

  private static void output(XMLStreamReader r, Map<String, String> kvp) {
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "Format" -> kvp.put("FORMAT", SafeXml.text(r));
        case "Transparent" -> kvp.put("TRANSPARENT", SafeXml.text(r));
        case "BGcolor", "BGColor" -> kvp.put("BGCOLOR", SafeXml.text(r));
        case "Size" -> {
          while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "Width" -> kvp.put("WIDTH", SafeXml.text(r));
              case "Height" -> kvp.put("HEIGHT", SafeXml.text(r));
              default -> SafeXml.skip(r);
            }
          }
        }
        default -> SafeXml.skip(r);
      }
    }
  }
}
