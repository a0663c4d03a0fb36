package cn.onemap.core.filter;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.filter.LayerProperties.Property;
import java.util.Locale;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;
import org.geotools.api.filter.spatial.BBOX;
import org.geotools.api.filter.spatial.Beyond;
import org.geotools.api.filter.spatial.BinarySpatialOperator;
import org.geotools.api.filter.spatial.Contains;
import org.geotools.api.filter.spatial.Crosses;
import org.geotools.api.filter.spatial.DWithin;
import org.geotools.api.filter.spatial.Disjoint;
import org.geotools.api.filter.spatial.DistanceBufferOperator;
import org.geotools.api.filter.spatial.Equals;
import org.geotools.api.filter.spatial.Intersects;
import org.geotools.api.filter.spatial.Overlaps;
import org.geotools.api.filter.spatial.Touches;
import org.geotools.api.filter.spatial.Within;
import org.geotools.api.geometry.BoundingBox;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * SQL for the OGC spatial operators. Every operator that implies intersecting envelopes is written
 * as {@code geom && envelope AND predicate}, because H2GIS only uses its spatial index for {@code
 * &&}; distance operators get the envelope grown by the distance.
 */
final class SpatialPredicates {
  private static final GeometryFactory CGCS2000 =
      new GeometryFactory(new PrecisionModel(), LayerDefinition.STORAGE_SRID);

  /** Metres per degree of latitude, rounded down so grown envelopes never miss a feature. */
  private static final double METRES_PER_DEGREE_LAT = 110_000;

  private SpatialPredicates() {}

  static String sql(BinarySpatialOperator op, FilterToSql t) {
    Expression e1 = op.getExpression1();
    Expression e2 = op.getExpression2();
    boolean swapped = false;
    if (e1 instanceof Literal && e2 instanceof PropertyName) {
      Expression swap = e1;
      e1 = e2;
      e2 = swap;
      swapped = true;
    }
    Property p = t.property(e1);
    if (!p.isGeometry()) {
      throw new FilterException(
          "spatial operators need the geometry property, not '" + p.name() + "'");
    }
    String col = p.column();
    Geometry g = op instanceof BBOX bbox ? bboxPolygon(bbox) : literalGeometry(e2);
    if (op instanceof BBOX || op instanceof Intersects) {
      return indexed(t, col, g, "ST_Intersects");
    }
    if (op instanceof Within) {
      return indexed(t, col, g, swapped ? "ST_Contains" : "ST_Within");
    }
    if (op instanceof Contains) {
      return indexed(t, col, g, swapped ? "ST_Within" : "ST_Contains");
    }
    if (op instanceof Touches) {
      return indexed(t, col, g, "ST_Touches");
    }
    if (op instanceof Crosses) {
      return indexed(t, col, g, "ST_Crosses");
    }
    if (op instanceof Overlaps) {
      return indexed(t, col, g, "ST_Overlaps");
    }
    if (op instanceof Equals) {
      return indexed(t, col, g, "ST_Equals");
    }
    if (op instanceof Disjoint) {
      return "NOT " + indexed(t, col, g, "ST_Intersects");
    }
    if (op instanceof DWithin d) {
      return withinDistance(t, col, g, d);
    }
    if (op instanceof Beyond b) {
      return "NOT " + withinDistance(t, col, g, b);
    }
    throw new FilterException(
        "spatial operator " + op.getClass().getSimpleName() + " is not supported");
  }

  private static String indexed(FilterToSql t, String col, Geometry g, String predicate) {
    String gp = t.spatial().geometryParam();
    return "("
        + col
        + " && "
        + gp.replace("?", t.bind(g.getEnvelope()))
        + " AND "
        + predicate
        + "("
        + col
        + ", "
        + gp.replace("?", t.bind(g))
        + "))";
  }

  private static String withinDistance(
      FilterToSql t, String col, Geometry g, DistanceBufferOperator d) {
    double distance = d.getDistance();
    if (!(distance >= 0) || Double.isInfinite(distance)) {
      throw new FilterException("distance must be a finite number >= 0, was " + distance);
    }
    String gp = t.spatial().geometryParam();
    Double metresPerUnit = metresPerUnit(d.getDistanceUnits());
    Envelope grown = new Envelope(g.getEnvelopeInternal());
    if (metresPerUnit == null) {
      grown.expandBy(distance);
      return "("
          + col
          + " && "
          + gp.replace("?", t.bind(CGCS2000.toGeometry(grown)))
          + " AND ST_DWithin("
          + col
          + ", "
          + gp.replace("?", t.bind(g))
          + ", "
          + t.bind(distance)
          + "))";
    }
    double metres = distance * metresPerUnit;
    double dLat = metres / METRES_PER_DEGREE_LAT;
    double maxLat =
        Math.min(89, Math.max(Math.abs(grown.getMinY()), Math.abs(grown.getMaxY())) + dLat);
    double dLon = dLat / Math.cos(Math.toRadians(maxLat));
    grown.expandBy(dLon, dLat);
    String envelope = gp.replace("?", t.bind(CGCS2000.toGeometry(grown)));
    String within = t.spatial().withinMeters(col, gp.replace("?", t.bind(g)));
    t.bind(metres);
    return "(" + col + " && " + envelope + " AND " + within + ")";
  }

  /** Metres in one distance unit, or null for degrees (the unit of the storage CRS). */
  private static Double metresPerUnit(String units) {
    String u = units == null ? "" : units.strip().toLowerCase(Locale.ROOT);
    return switch (u) {
      case "", "deg", "degree", "degrees", "urn:ogc:def:uom:epsg::9102" -> null;
      case "m", "meter", "meters", "metre", "metres", "urn:ogc:def:uom:epsg::9001" -> 1.0;
      case "km", "kilometer", "kilometers", "kilometre", "kilometres" -> 1000.0;
      case "ft", "feet", "foot" -> 0.3048;
      case "mi", "mile", "miles", "statute miles" -> 1609.344;
      case "nm", "nautical miles" -> 1852.0;
      default ->
          throw new FilterException(
              "unknown distance unit '"
                  + units
                  + "'; use meters, kilometers, feet, statute miles or degrees");
    };
  }

  private static Geometry literalGeometry(Expression e) {
    if (!(e instanceof Literal literal)) {
      throw FilterToSql.unsupported(e, "a geometry literal");
    }
    Object value = literal.getValue();
    Geometry g;
    if (value instanceof Geometry geometry) {
      g = geometry;
    } else if (value instanceof Envelope envelope) {
      g = CGCS2000.toGeometry(envelope);
    } else {
      throw new FilterException("expected a geometry but found '" + value + "'");
    }
    if (g.isEmpty()) {
      throw new FilterException("a spatial filter needs a non-empty geometry");
    }
    requireStorageCrs(g.getSRID());
    Geometry copy = CGCS2000.createGeometry(g);
    copy.setSRID(LayerDefinition.STORAGE_SRID);
    return copy;
  }

  private static Geometry bboxPolygon(BBOX bbox) {
    BoundingBox b = bbox.getBounds();
    CoordinateReferenceSystem crs = b.getCoordinateReferenceSystem();
    if (crs != null) {
      Integer code;
      try {
        code = CRS.lookupEpsgCode(crs, false);
      } catch (Exception e) {
        code = null;
      }
      requireStorageCrs(code == null ? -1 : code);
    }
    if (!(b.getMinX() <= b.getMaxX() && b.getMinY() <= b.getMaxY())) {
      throw new FilterException("BBOX minimum exceeds maximum: " + b);
    }
    return CGCS2000.toGeometry(new Envelope(b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()));
  }

  /**
   * Filter geometries must already be in CGCS2000 lon/lat (WGS84 is accepted as the same frame at
   * city scale); protocol modules reproject other CRSs before building the filter.
   */
  private static void requireStorageCrs(int srid) {
    if (srid != 0 && srid != LayerDefinition.STORAGE_SRID && srid != 4326) {
      throw new FilterException(
          "filter geometry is in "
              + (srid < 0 ? "an unknown CRS" : "EPSG:" + srid)
              + "; give it in EPSG:4490 (longitude, latitude)");
    }
  }
}
