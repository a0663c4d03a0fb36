package cn.onemap.ogc.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The download formats: the short name used in {@code f=} and WFS {@code outputFormat}, the media
 * type, the file extension and the other spellings clients send (GeoServer's {@code SHAPE-ZIP},
 * GDAL's and QGIS's MIME types).
 */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=UTF-8", "csv", List.of("text/csv")),
  GEOJSON(
      "geojson",
      "application/geo+json",
      "geojson",
      List.of("application/geo+json", "application/json", "json")),
  KML(
      "kml",
      "application/vnd.google-earth.kml+xml",
      "kml",
      List.of("application/vnd.google-earth.kml+xml", "application/vnd.google-earth.kml")),
  GPKG(
      "gpkg",
      "application/geopackage+sqlite3",
      "gpkg",
      List.of("application/geopackage+sqlite3", "geopackage", "application/x-gpkg")),
  SHAPEFILE(
      "shp",
      "application/zip",
      "zip",
      List.of("shape-zip", "shapezip", "shapefile", "application/zip", "application/x-zipped-shp"));

  private final String shortName;
  private final String mediaType;
  private final String extension;
  private final List<String> aliases;

  ExportFormat(String shortName, String mediaType, String extension, List<String> aliases) {
    this.shortName = shortName;
    this.mediaType = mediaType;
    this.extension = extension;
    this.aliases = aliases;
  }

  /** {@code csv}, {@code geojson}, {@code kml}, {@code gpkg} or {@code shp}. */
  public String shortName() {
    return shortName;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The extension of the downloaded file ({@code zip} for the Shapefile). */
  public String extension() {
    return extension;
  }

  /** The media type without parameters, as listed in capabilities and OpenAPI. */
  public String bareMediaType() {
    int semi = mediaType.indexOf(';');
    return semi < 0 ? mediaType : mediaType.substring(0, semi);
  }

  /** The format a name or media type (any case, parameters ignored) denotes. */
  public static Optional<ExportFormat> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    String bare = semi < 0 ? t : t.substring(0, semi).strip();
    for (ExportFormat f : values()) {
      if (f.shortName.equals(bare) || f.name().toLowerCase(Locale.ROOT).equals(bare)) {
        return Optional.of(f);
      }
      if (f.aliases.contains(bare)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The download format an Accept header asks for first, ignoring JSON (the protocols' own default)
   * and wildcards; empty when it names none.
   */
  public static Optional<ExportFormat> fromAccept(String accept) {
    for (String range : accept.split(",")) {
      Optional<ExportFormat> f = parse(range);
      if (f.isPresent() && f.get() != GEOJSON) {
        return f;
      }
    }
    return Optional.empty();
  }
}
