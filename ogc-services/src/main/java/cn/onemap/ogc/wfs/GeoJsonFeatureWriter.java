package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.ogc.gml.WireCrs;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes one feature as a GeoJSON Feature object with Jackson's streaming generator (shared by WFS
 * GeoJSON output and OGC API Features). Coordinates are always x = east first (GeoJSON and OGC API
 * order), after reprojection to the output CRS.
 */
public final class GeoJsonFeatureWriter {
  private final LayerDefinition layer;
  private final WireCrs crs;
  private final boolean crsAxisOrder;
  private final boolean includeVersion;
  private final cn.onemap.core.catalog.CodeNames names;

  /** x = east order whatever the CRS (GeoJSON, WFS JSON output). */
  public GeoJsonFeatureWriter(LayerDefinition layer, WireCrs crs) {
    this(layer, crs, false);
  }

  /**
   * @param crsAxisOrder true to follow the CRS's axis order (OGC API Part 2: latitude first for
   *     EPSG:4490 requested by URI); false for x = east always
   */
  public GeoJsonFeatureWriter(LayerDefinition layer, WireCrs crs, boolean crsAxisOrder) {
    this(layer, crs, crsAxisOrder, false, null);
  }

  private GeoJsonFeatureWriter(
      LayerDefinition layer,
      WireCrs crs,
      boolean crsAxisOrder,
      boolean includeVersion,
      cn.onemap.core.catalog.CodeNames names) {
    this.layer = layer;
    this.crs = crs;
    this.crsAxisOrder = crsAxisOrder;
    this.includeVersion = includeVersion;
    this.names = names;
  }

  /**
   * The same writer adding the foreign member {@code "names"}: attribute → Chinese name of its
   * code, for the attributes with a code list whose value is in it (the properties keep the codes).
   */
  public GeoJsonFeatureWriter withCodeNames(cn.onemap.core.catalog.CodeNames codeNames) {
    return new GeoJsonFeatureWriter(layer, crs, crsAxisOrder, includeVersion, codeNames);
  }

  /**
   * The same writer adding the foreign member {@code "version"} (number, validFrom, validTo,
   * operation, author, reason): the portal's REST API shows version provenance with every feature.
   */
  public GeoJsonFeatureWriter withVersion() {
    return new GeoJsonFeatureWriter(layer, crs, crsAxisOrder, true, names);
  }

  public void write(JsonGenerator g, Feature f) throws IOException {
    write(g, f, gen -> {});
  }

  /** Members written after the standard ones (e.g. the {@code links} of an OGC API feature). */
  public interface ExtraMembers {
    void write(JsonGenerator g) throws IOException;
  }

  /** The feature with {@code extra} members before its closing brace. */
  public void write(JsonGenerator g, Feature f, ExtraMembers extra) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", f.id());
    g.writeFieldName("geometry");
    if (f.geometry().isPresent()) {
      Geometry out = crs.fromStorage(f.geometry().get());
      geometry(g, crsAxisOrder && crs.yx() ? WireCrs.swap(out.copy()) : out);
    } else {
      g.writeNull();
    }
    g.writeObjectFieldStart("properties");
    for (AttributeDefinition a : layer.attributes()) {
      // a projected read (PROPERTYNAME) carries only the named attributes; the others are absent
      // rather than null
      if (f.attributes().containsKey(a.name())) {
        g.writeFieldName(a.name());
        value(g, f.attribute(a.name()));
      }
    }
    g.writeEndObject();
    if (names != null && !names.isEmpty()) {
      var coded = names.names(f.attributes());
      if (!coded.isEmpty()) {
        g.writeObjectFieldStart("names");
        for (var e : coded.entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
    }
    if (includeVersion) {
      version(g, f.version());
    }
    extra.write(g);
    g.writeEndObject();
  }

  private static void version(JsonGenerator g, cn.onemap.core.feature.VersionInfo v)
      throws IOException {
    g.writeObjectFieldStart("version");
    g.writeNumberField("number", v.number());
    g.writeStringField("validFrom", v.validFrom().toString());
    g.writeStringField("validTo", v.validTo().map(Object::toString).orElse(null));
    g.writeStringField("operation", v.operation().name());
    g.writeStringField("author", v.author());
    g.writeStringField("reason", v.reason().orElse(null));
    g.writeEndObject();
  }

  /** An attribute value as its JSON type (numbers and booleans as such, anything else as text). */
  public static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(v.toString());
    }
  }

  public static void geometry(JsonGenerator g, Geometry geom) throws IOException {
    g.writeStartObject();
    if (geom instanceof GeometryCollection gc
        && !(geom instanceof MultiPoint
            || geom instanceof MultiLineString
            || geom instanceof MultiPolygon)) {
      g.writeStringField("type", "GeometryCollection");
      g.writeArrayFieldStart("geometries");
      for (int i = 0; i < gc.getNumGeometries(); i++) {
        geometry(g, gc.getGeometryN(i));
      }
      g.writeEndArray();
      g.writeEndObject();
      return;
    }
    g.writeStringField("type", geom.getGeometryType());
    g.writeFieldName("coordinates");
    coordinates(g, geom);
    g.writeEndObject();
  }

  private static void coordinates(JsonGenerator g, Geometry geom) throws IOException {
    if (geom instanceof Point p) {
      position(g, p.getCoordinate());
    } else if (geom instanceof LineString l) {
      positions(g, l.getCoordinates());
    } else if (geom instanceof Polygon p) {
      g.writeStartArray();
      positions(g, p.getExteriorRing().getCoordinates());
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        positions(g, p.getInteriorRingN(i).getCoordinates());
      }
      g.writeEndArray();
    } else {
      g.writeStartArray();
      for (int i = 0; i < geom.getNumGeometries(); i++) {
        coordinates(g, geom.getGeometryN(i));
      }
      g.writeEndArray();
    }
  }

  private static void positions(JsonGenerator g, Coordinate[] cs) throws IOException {
    g.writeStartArray();
    for (Coordinate c : cs) {
      position(g, c);
    }
    g.writeEndArray();
  }

  private static void position(JsonGenerator g, Coordinate c) throws IOException {
    g.writeStartArray();
    g.writeNumber(c.x);
    g.writeNumber(c.y);
    g.writeEndArray();
  }
}
