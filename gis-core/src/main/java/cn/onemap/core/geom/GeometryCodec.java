package cn.onemap.core.geom;

import cn.onemap.core.catalog.LayerDefinition;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Parses and writes geometry in the interchange formats the platform accepts. Parsed geometries get
 * the SRID the caller names (default CGCS2000, 4490) unless the input carries its own (EWKB).
 *
 * <p>Thread-safe: JTS readers and writers are not, so each call creates its own (they are cheap).
 */
public final class GeometryCodec {
  private static final int MAX_TEXT_LENGTH = 50_000_000;

  private final GeometryFactory factory;

  public GeometryCodec(int srid) {
    this.factory = new GeometryFactory(new PrecisionModel(), srid);
  }

  /** Codec for CGCS2000 geometries. */
  public static GeometryCodec cgcs2000() {
    return new GeometryCodec(LayerDefinition.STORAGE_SRID);
  }

  public GeometryFactory factory() {
    return factory;
  }

  public Geometry fromWkt(String wkt) {
    requireText("WKT", wkt);
    try {
      return new WKTReader(factory).read(wkt);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidGeometryException(
          "invalid WKT '" + abbreviate(wkt) + "': " + e.getMessage(), e);
    }
  }

  /** Reads WKB or EWKB; an SRID in the EWKB header wins over the codec's. */
  public Geometry fromWkb(byte[] wkb) {
    if (wkb == null || wkb.length == 0) {
      throw new InvalidGeometryException("empty WKB: a geometry is required", null);
    }
    try {
      return new WKBReader(factory).read(wkb);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidGeometryException(
          "invalid WKB (" + wkb.length + " bytes): " + e.getMessage(), e);
    }
  }

  public Geometry fromHexWkb(String hex) {
    requireText("WKB", hex);
    if (hex.length() % 2 != 0 || !hex.matches("[0-9A-Fa-f]+")) {
      throw new InvalidGeometryException(
          "invalid hex WKB '" + abbreviate(hex) + "': not an even-length hex string", null);
    }
    return fromWkb(WKBReader.hexToBytes(hex));
  }

  /**
   * Reads a GeoJSON geometry object (not a Feature); coordinates are x = longitude, y = latitude
   * per RFC 7946.
   */
  public Geometry fromGeoJson(String json) {
    requireText("GeoJSON", json);
    try {
      Geometry g = new GeoJsonReader(factory).read(json);
      if (g == null) {
        throw new InvalidGeometryException(
            "GeoJSON '" + abbreviate(json) + "' holds no geometry", null);
      }
      g.setSRID(factory.getSRID());
      return g;
    } catch (ParseException | RuntimeException e) {
      if (e instanceof InvalidGeometryException ige) {
        throw ige;
      }
      throw new InvalidGeometryException(
          "invalid GeoJSON geometry '" + abbreviate(json) + "': " + e.getMessage(), e);
    }
  }

  public String toWkt(Geometry geometry) {
    return new WKTWriter(
            geometry.getCoordinate() != null && !Double.isNaN(geometry.getCoordinate().getZ())
                ? 3
                : 2)
        .write(geometry);
  }

  /** EWKB (with SRID), the form PostGIS reads with {@code ST_GeomFromEWKB}. */
  public static byte[] toEwkb(Geometry geometry) {
    return new WKBWriter(2, true).write(geometry);
  }

  /** GeoJSON geometry object, without the legacy "crs" member. */
  public String toGeoJson(Geometry geometry) {
    GeoJsonWriter writer = new GeoJsonWriter(9);
    writer.setEncodeCRS(false);
    return writer.write(geometry);
  }

  private static void requireText(String format, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidGeometryException("empty " + format + ": a geometry is required", null);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidGeometryException(
          format
              + " text of "
              + text.length()
              + " characters exceeds the limit of "
              + MAX_TEXT_LENGTH,
          null);
    }
  }

  private static String abbreviate(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
