package cn.onemap.loaders.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the loaders read. */
public enum SourceFormat {
  GEOJSON,
  CSV,
  SHAPEFILE,
  GEOPACKAGE;

  /** The format a file name's extension stands for. */
  public static Optional<SourceFormat> fromFileName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".geojson") || name.endsWith(".json")) {
      return Optional.of(GEOJSON);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".shp") || name.endsWith(".dbf")) {
      return Optional.of(SHAPEFILE);
    }
    if (name.endsWith(".gpkg")) {
      return Optional.of(GEOPACKAGE);
    }
    return Optional.empty();
  }
}
