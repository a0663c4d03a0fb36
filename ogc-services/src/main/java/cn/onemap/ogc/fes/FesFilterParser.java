package cn.onemap.ogc.fes;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.gml.GmlGeometryReader;
import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.ServiceException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.identity.Identifier;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.temporal.object.DefaultInstant;
import org.geotools.temporal.object.DefaultPeriod;
import org.geotools.temporal.object.DefaultPosition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Parses an FES 2.0 {@code fes:Filter} (or OGC Filter 1.1 {@code ogc:Filter}; elements are matched
 * by local name) into a GeoTools filter. Supported: And/Or/Not; PropertyIsEqualTo, NotEqualTo,
 * LessThan(OrEqualTo), GreaterThan(OrEqualTo), Like, Null, Nil, Between; BBOX, Intersects, Within,
 * Contains, Disjoint, Touches, Crosses, Overlaps, Equals, DWithin, Beyond with GML literals;
 * ResourceId / FeatureId / GmlObjectId; After, Before, During with gml:TimeInstant / TimePeriod.
 * Every ValueReference / PropertyName goes through {@link PropertyNames}; geometry literals are
 * reprojected to the storage CRS by the {@link GmlGeometryReader}. Anything else (functions,
 * arithmetic) is refused with OperationParsingFailed.
 */
public final class FesFilterParser {
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  private final LayerDefinition layer;
  private final GmlGeometryReader gml;
  private final String locator;

  /**
   * @param locator the parameter or element reported in errors ("filter")
   */
  public FesFilterParser(LayerDefinition layer, GmlGeometryReader gml, String locator) {
    this.layer = layer;
    this.gml = gml;
    this.locator = locator;
  }

  /** Parses from a reader positioned on the Filter start element; ends on its end tag. */
  public Filter parseFilter(XMLStreamReader r) {
    List<Filter> parts = children(r);
    if (parts.isEmpty()) {
      throw ServiceException.parsing(locator, "empty filter");
    }
    return parts.size() == 1 ? parts.get(0) : FF.and(parts);
  }

  /** Parses a complete Filter document (the KVP FILTER parameter). */
  public Filter parseDocument(String xml) {
    XMLStreamReader r = SafeXml.open(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (!r.getLocalName().equals("Filter")) {
      throw ServiceException.parsing(locator, "expected a Filter element, got " + r.getLocalName());
    }
    return parseFilter(r);
  }

  private List<Filter> children(XMLStreamReader r) {
    List<Filter> out = new ArrayList<>();
    Set<Identifier> ids = new HashSet<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String name = r.getLocalName();
      if (name.equals("ResourceId") || name.equals("FeatureId") || name.equals("GmlObjectId")) {
        String rid = r.getAttributeValue(null, "rid");
        if (rid == null) {
          rid = r.getAttributeValue(null, "fid");
        }
        if (rid == null) {
          rid = r.getAttributeValue("http://www.opengis.net/gml", "id");
        }
        if (rid == null) {
          throw ServiceException.parsing(locator, name + " without an identifier");
        }
        ids.add(FF.featureId(ResourceIds.featureId(layer, rid)));
        SafeXml.skip(r);
      } else {
        out.add(operator(r, name));
      }
    }
    if (!ids.isEmpty()) {
      out.add(FF.id(ids));
    }
    return out;
  }

  private Filter operator(XMLStreamReader r, String name) {
    switch (name) {
      case "And":
        return FF.and(atLeast(children(r), 2, name));
      case "Or":
        return FF.or(atLeast(children(r), 2, name));
      case "Not":
        return FF.not(atLeast(children(r), 1, name).get(0));
      case "PropertyIsLike":
        return like(r);
      case "PropertyIsNull", "PropertyIsNil":
        {
          List<Expression> e = expressions(r, 1, name);
          return name.equals("PropertyIsNull") ? FF.isNull(e.get(0)) : FF.isNil(e.get(0), null);
        }
      case "PropertyIsBetween":
        return between(r);
      case "BBOX":
        return bbox(r);
      case "DWithin", "Beyond":
        return distance(r, name);
      case "After", "Before", "During":
        return temporal(r, name);
      default:
        break;
    }
    if (name.startsWith("PropertyIs")) {
      return comparison(r, name);
    }
    if (SPATIAL.contains(name)) {
      return spatial(r, name);
    }
    throw ServiceException.parsing(locator, "filter operator '" + name + "' is not supported");
  }

  private static final Set<String> SPATIAL =
      Set.of(
          "Intersects",
          "Within",
          "Contains",
          "Disjoint",
          "Touches",
          "Crosses",
          "Overlaps",
          "Equals");

  private Filter comparison(XMLStreamReader r, String name) {
    boolean matchCase = !"false".equalsIgnoreCase(r.getAttributeValue(null, "matchCase"));
    List<Expression> e = expressions(r, 2, name);
    Expression a = e.get(0);
    Expression b = e.get(1);
    return switch (name) {
      case "PropertyIsEqualTo" -> FF.equal(a, b, matchCase);
      case "PropertyIsNotEqualTo" -> FF.notEqual(a, b, matchCase);
      case "PropertyIsLessThan" -> FF.less(a, b, matchCase);
      case "PropertyIsLessThanOrEqualTo" -> FF.lessOrEqual(a, b, matchCase);
      case "PropertyIsGreaterThan" -> FF.greater(a, b, matchCase);
      case "PropertyIsGreaterThanOrEqualTo" -> FF.greaterOrEqual(a, b, matchCase);
      default ->
          throw ServiceException.parsing(
              locator, "filter operator '" + name + "' is not supported");
    };
  }

  private Filter like(XMLStreamReader r) {
    String wild = attr(r, "wildCard", "*");
    String single = attr(r, "singleChar", "?");
    String escape = r.getAttributeValue(null, "escapeChar");
    if (escape == null) {
      escape = attr(r, "escape", "\\");
    }
    boolean matchCase = !"false".equalsIgnoreCase(r.getAttributeValue(null, "matchCase"));
    List<Expression> e = expressions(r, 2, "PropertyIsLike");
    Object pattern = e.get(1).evaluate(null);
    return FF.like(e.get(0), String.valueOf(pattern), wild, single, escape, matchCase);
  }

  private Filter between(XMLStreamReader r) {
    Expression value = null;
    Expression lower = null;
    Expression upper = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "LowerBoundary" -> lower = boundary(r);
        case "UpperBoundary" -> upper = boundary(r);
        default -> value = expression(r);
      }
    }
    if (value == null || lower == null || upper == null) {
      throw ServiceException.parsing(locator, "PropertyIsBetween needs a value and two boundaries");
    }
    return FF.between(value, lower, upper);
  }

  private Expression boundary(XMLStreamReader r) {
    if (SafeXml.nextTag(r) != XMLStreamConstants.START_ELEMENT) {
      throw ServiceException.parsing(locator, "empty boundary");
    }
    Expression e = expression(r);
    SafeXml.nextTag(r);
    return e;
  }

  private Filter bbox(XMLStreamReader r) {
    String property = "geom";
    Envelope box = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (isPropertyName(r.getLocalName())) {
        property = PropertyNames.check(layer, SafeXml.text(r), locator);
      } else {
        box = gml.read(r).getEnvelopeInternal();
      }
    }
    if (box == null) {
      throw ServiceException.parsing(locator, "BBOX needs a gml:Envelope");
    }
    return FF.bbox(
        FF.property(property), box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), null);
  }

  private Filter spatial(XMLStreamReader r, String name) {
    String property = "geom";
    Geometry g = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (isPropertyName(r.getLocalName())) {
        property = PropertyNames.check(layer, SafeXml.text(r), locator);
      } else {
        g = gml.read(r);
      }
    }
    if (g == null) {
      throw ServiceException.parsing(locator, name + " needs a GML geometry");
    }
    Expression p = FF.property(property);
    Expression lit = FF.literal(g);
    return switch (name) {
      case "Intersects" -> FF.intersects(p, lit);
      case "Within" -> FF.within(p, lit);
      case "Contains" -> FF.contains(p, lit);
      case "Disjoint" -> FF.disjoint(p, lit);
      case "Touches" -> FF.touches(p, lit);
      case "Crosses" -> FF.crosses(p, lit);
      case "Overlaps" -> FF.overlaps(p, lit);
      default -> FF.equal(p, lit);
    };
  }

  private Filter distance(XMLStreamReader r, String name) {
    String property = "geom";
    Geometry g = null;
    Double distance = null;
    String units = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String child = r.getLocalName();
      if (isPropertyName(child)) {
        property = PropertyNames.check(layer, SafeXml.text(r), locator);
      } else if (child.equals("Distance")) {
        units = r.getAttributeValue(null, "uom");
        if (units == null) {
          units = r.getAttributeValue(null, "units");
        }
        distance = number(SafeXml.text(r));
      } else {
        g = gml.read(r);
      }
    }
    if (g == null || distance == null) {
      throw ServiceException.parsing(locator, name + " needs a GML geometry and a Distance");
    }
    String u = units == null ? "m" : units;
    return name.equals("DWithin")
        ? FF.dwithin(FF.property(property), FF.literal(g), distance, u)
        : FF.beyond(FF.property(property), FF.literal(g), distance, u);
  }

  private Filter temporal(XMLStreamReader r, String name) {
    String property = null;
    Object time = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String child = r.getLocalName();
      if (isPropertyName(child)) {
        property = PropertyNames.check(layer, SafeXml.text(r), locator);
      } else if (child.equals("TimePeriod")) {
        Instant begin = null;
        Instant end = null;
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
          String b = r.getLocalName();
          Instant t = timeOf(r);
          if (b.startsWith("begin")) {
            begin = t;
          } else {
            end = t;
          }
        }
        if (begin == null || end == null) {
          throw ServiceException.parsing(locator, "gml:TimePeriod needs a begin and an end");
        }
        time =
            new DefaultPeriod(
                new DefaultInstant(new DefaultPosition(Date.from(begin))),
                new DefaultInstant(new DefaultPosition(Date.from(end))));
      } else if (child.equals("TimeInstant")) {
        time = new DefaultInstant(new DefaultPosition(Date.from(timeOf(r))));
        SafeXml.nextTag(r);
      } else {
        time = Date.from(instant(SafeXml.text(r)));
      }
    }
    if (property == null || time == null) {
      throw ServiceException.parsing(locator, name + " needs a ValueReference and a time");
    }
    Expression p = FF.property(property);
    Expression t = FF.literal(time);
    return switch (name) {
      case "After" -> FF.after(p, t);
      case "Before" -> FF.before(p, t);
      default -> FF.during(p, t);
    };
  }

  /** Reads a timePosition nested at any depth (begin/TimeInstant/timePosition). */
  private Instant timeOf(XMLStreamReader r) {
    Instant found = null;
    int depth = 1;
    while (depth > 0) {
      int ev = SafeXml.nextTag(r);
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("timePosition")) {
          found = instant(SafeXml.text(r));
        } else {
          depth++;
        }
      } else {
        depth--;
      }
    }
    if (found == null) {
      throw ServiceException.parsing(locator, "time without gml:timePosition");
    }
    return found;
  }

  private Instant instant(String text) {
    try {
      return text.length() == 10 ? Instant.parse(text + "T00:00:00Z") : Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e2) {
        throw ServiceException.parsing(locator, "not an ISO 8601 time: '" + text + "'");
      }
    }
  }

  private List<Expression> expressions(XMLStreamReader r, int n, String op) {
    List<Expression> out = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      out.add(expression(r));
    }
    if (out.size() != n) {
      throw ServiceException.parsing(
          locator, op + " takes " + n + " operand(s), got " + out.size());
    }
    return out;
  }

  private Expression expression(XMLStreamReader r) {
    String name = r.getLocalName();
    if (isPropertyName(name)) {
      return FF.property(PropertyNames.check(layer, SafeXml.text(r), locator));
    }
    if (name.equals("Literal")) {
      return FF.literal(SafeXml.text(r));
    }
    throw ServiceException.parsing(
        locator, "<" + name + "> is not accepted here: only property names and literals are");
  }

  private static boolean isPropertyName(String localName) {
    return localName.equals("ValueReference") || localName.equals("PropertyName");
  }

  private List<Filter> atLeast(List<Filter> fs, int n, String op) {
    if (fs.size() < n) {
      throw ServiceException.parsing(locator, op + " needs at least " + n + " operand(s)");
    }
    return fs;
  }

  private double number(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw ServiceException.parsing(locator, "not a number: '" + text + "'");
    }
  }

  private static String attr(XMLStreamReader r, String name, String dflt) {
    String v = r.getAttributeValue(null, name);
    return v == null ? dflt : v;
  }
}
