package cn.onemap.ogc.gml;

import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.ServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;

/**
 * The two GML 2 position encodings: {@code gml:coordinates} (tuples separated by {@code ts},
 * ordinates by {@code cs}, decimal mark {@code decimal}; defaults a space, a comma and a point, as
 * QGIS and GDAL write them) and {@code gml:coord} with {@code gml:X} / {@code gml:Y}. 2D only.
 */
final class Gml2Coordinates {
  private Gml2Coordinates() {}

  /** A {@code gml:coordinates} element; the reader ends on its end tag. */
  static List<Coordinate> parse(XMLStreamReader r) {
    String cs = attr(r, "cs", ",");
    String ts = attr(r, "ts", " ");
    String decimal = attr(r, "decimal", ".");
    if (cs.isEmpty() || decimal.isEmpty() || cs.equals(ts) || cs.equals(decimal)) {
      throw ServiceException.parsing("coordinates", "ambiguous cs/ts/decimal separators");
    }
    String text = SafeXml.text(r).strip();
    // A whitespace tuple separator stands for any run of whitespace (line breaks, indentation).
    String tupleSplit = ts.isBlank() ? "\\s+" : "\\s*" + Pattern.quote(ts) + "\\s*";
    List<Coordinate> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String tuple : text.split(tupleSplit)) {
      String[] ords = tuple.strip().split("\\s*" + Pattern.quote(cs) + "\\s*");
      if (ords.length != 2) {
        throw ServiceException.parsing(
            "coordinates", "expected x" + cs + "y, got '" + abbreviate(tuple) + "'");
      }
      out.add(new Coordinate(number(ords[0], decimal), number(ords[1], decimal)));
    }
    return out;
  }

  /** A {@code gml:coord} element with X and Y children; the reader ends on its end tag. */
  static Coordinate coord(XMLStreamReader r) {
    Double x = null;
    Double y = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "X" -> x = number(SafeXml.text(r), ".");
        case "Y" -> y = number(SafeXml.text(r), ".");
        case "Z" -> throw ServiceException.parsing("coord", "only 2D GML coordinates are accepted");
        default -> SafeXml.skip(r);
      }
    }
    if (x == null || y == null) {
      throw ServiceException.parsing("coord", "gml:coord needs gml:X and gml:Y");
    }
    return new Coordinate(x, y);
  }

  private static double number(String text, String decimal) {
    String t = decimal.equals(".") ? text.strip() : text.strip().replace(decimal, ".");
    try {
      double d = Double.parseDouble(t);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw ServiceException.parsing("coordinates", "not a number: '" + abbreviate(text) + "'");
    }
  }

  private static String attr(XMLStreamReader r, String name, String dflt) {
    String v = r.getAttributeValue(null, name);
    return v == null ? dflt : v;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
