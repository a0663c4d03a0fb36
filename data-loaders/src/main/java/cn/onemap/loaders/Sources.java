package cn.onemap.loaders;

import cn.onemap.loaders.csv.CsvSource;
import cn.onemap.loaders.geojson.GeoJsonSource;
import cn.onemap.loaders.gpkg.GeoPackageSource;
import cn.onemap.loaders.shapefile.ShapefileSource;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceException;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right reader for a file: by the format in the options, else by its extension. */
public final class Sources {
  private Sources() {}

  public static FeatureSource open(Path file, SourceOptions options) {
    if (!Files.isRegularFile(file)) {
      throw new SourceException(file, "no such file", null);
    }
    SourceFormat format =
        options
            .format()
            .or(() -> SourceFormat.fromFileName(file))
            .orElseThrow(
                () ->
                    new SourceException(
                        file,
                        "unknown format: name it (GEOJSON, CSV, SHAPEFILE, GEOPACKAGE) or use the"
                            + " extension .geojson/.json, .csv/.txt, .shp or .gpkg",
                        null));
    return switch (format) {
      case GEOJSON -> GeoJsonSource.open(file);
      case CSV -> CsvSource.open(file, options);
      case SHAPEFILE -> ShapefileSource.open(file, options.encoding());
      case GEOPACKAGE -> GeoPackageSource.open(file, options.sourceLayer());
    };
  }
}
