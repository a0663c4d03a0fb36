package cn.onemap.loaders.crs;

import java.util.Objects;

/**
 * The CRS a source's coordinates are read in, and how it was decided.
 *
 * @param code canonical code as {@code CrsRegistry} knows it ({@code EPSG:4548}, {@code GCJ-02}, …)
 * @param how where the decision came from
 * @param note human-readable detail (the .prj name, the guess's reasoning); may be empty
 */
public record DetectedCrs(String code, How how, String note) {
  /** Where a CRS decision came from. */
  public enum How {
    REQUEST,
    PRJ,
    GEOPACKAGE,
    GEOJSON_MEMBER,
    /** GeoJSON without a "crs" member is longitude/latitude (RFC 7946). */
    RFC7946_DEFAULT,
    /** Guessed from the coordinate values; the report says so. */
    GUESSED
  }

  public DetectedCrs {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(how, "how");
    note = note == null ? "" : note;
  }

  /** E.g. {@code EPSG:4548 (.prj: CGCS2000_3_Degree_GK_CM_117E)}. */
  public String describe() {
    String from =
        switch (how) {
          case REQUEST -> "given in the request";
          case PRJ -> ".prj";
          case GEOPACKAGE -> "GeoPackage srs";
          case GEOJSON_MEMBER -> "GeoJSON crs member";
          case RFC7946_DEFAULT -> "GeoJSON default (RFC 7946)";
          case GUESSED -> "guessed from coordinates";
        };
    return code + " (" + from + (note.isEmpty() ? "" : ": " + note) + ")";
  }
}
