package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.http.OgcResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of download formats and the one way every protocol makes a download: {@link
 * #response} runs the store query through the format's writer. Text formats (CSV, GeoJSON, KML)
 * stream from the store cursor while the response is sent; GeoPackage and Shapefile are built
 * before the response starts, so a format limit (2 GB) is still a 4xx, then streamed from a
 * temporary file that is deleted afterwards. The caller checks access and the feature limit.
 */
public final class Exports {
  private static final Map<ExportFormat, ExportWriter> WRITERS =
      Map.of(
          ExportFormat.CSV, new CsvExport(),
          ExportFormat.GEOJSON, new GeoJsonExport(),
          ExportFormat.KML, new KmlExport(),
          ExportFormat.GPKG, new GeoPackageExport(),
          ExportFormat.SHAPEFILE, new ShapefileExport());

  private Exports() {}

  public static ExportWriter writer(ExportFormat format) {
    return WRITERS.get(format);
  }

  /**
   * The attributes a download carries: the layer's, or those named (in schema order) when the
   * request selected properties.
   */
  public static List<AttributeDefinition> attributes(
      LayerDefinition layer, Optional<List<String>> names) {
    return names
        .map(n -> layer.attributes().stream().filter(a -> n.contains(a.name())).toList())
        .orElse(layer.attributes());
  }

  /** The download of {@code query}'s features with a {@code Content-Disposition} naming it. */
  public static OgcResponse response(
      ExportFormat format,
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      FeatureStore store,
      FeatureQuery query,
      ExportOptions options) {
    ExportWriter writer = writer(format);
    CodeNames names = CodeNames.of(layer, store::codeList);
    List<AttributeDefinition> written = withNameColumns(attributes, names);
    OgcResponse response;
    if (format == ExportFormat.GPKG || format == ExportFormat.SHAPEFILE) {
      Path file = build(writer, layer, written, names, store, query, options);
      response =
          OgcResponse.ok(
              format.mediaType(),
              out -> {
                try {
                  Files.copy(file, out);
                } finally {
                  Files.deleteIfExists(file);
                }
              });
    } else {
      response =
          OgcResponse.ok(
              format.mediaType(),
              out -> {
                try (FeatureCursor cursor = store.query(query)) {
                  writer.write(layer, written, named(cursor, written, names), options, out);
                }
              });
    }
    return response
        .withHeader("Content-Disposition", contentDisposition(layer, format))
        .withHeader("Content-Crs", "<" + options.crs().srsName() + ">");
  }

  /**
   * The written attributes: each coded one followed by {@code <name>_name} holding its code's
   * Chinese name (给水 beside JS), so a spreadsheet or desktop GIS shows what the code means.
   */
  static List<AttributeDefinition> withNameColumns(
      List<AttributeDefinition> attributes, CodeNames names) {
    if (names.isEmpty()) {
      return attributes;
    }
    var taken = new java.util.HashSet<String>();
    attributes.forEach(a -> taken.add(a.name()));
    var out = new java.util.ArrayList<AttributeDefinition>();
    for (AttributeDefinition a : attributes) {
      out.add(a);
      String column = a.name() + NAME_SUFFIX;
      if (names.codeList(a.name()).isPresent() && taken.add(column)) {
        out.add(AttributeDefinition.optional(column, AttributeType.STRING, a.label() + "名称"));
      }
    }
    return List.copyOf(out);
  }

  static final String NAME_SUFFIX = "_name";

  /** The features with their name columns filled from the code lists. */
  static java.util.Iterator<Feature> named(
      java.util.Iterator<Feature> features, List<AttributeDefinition> written, CodeNames names) {
    if (names.isEmpty()) {
      return features;
    }
    List<String> coded =
        written.stream()
            .map(AttributeDefinition::name)
            .filter(n -> n.endsWith(NAME_SUFFIX))
            .map(n -> n.substring(0, n.length() - NAME_SUFFIX.length()))
            .filter(n -> names.codeList(n).isPresent())
            .toList();
    return new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return features.hasNext();
      }

      @Override
      public Feature next() {
        Feature f = features.next();
        var attributes = new java.util.LinkedHashMap<String, Object>(f.attributes());
        for (String a : coded) {
          attributes.put(a + NAME_SUFFIX, names.name(a, f.attribute(a)).orElse(null));
        }
        return new Feature(f.id(), f.geometry(), attributes, f.version());
      }
    };
  }

  private static Path build(
      ExportWriter writer,
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      CodeNames names,
      FeatureStore store,
      FeatureQuery query,
      ExportOptions options) {
    Path file = null;
    try {
      file = Files.createTempFile("onemap-download-", "." + layer.id());
      file.toFile().deleteOnExit();
      try (FeatureCursor cursor = store.query(query);
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        writer.write(layer, attributes, named(cursor, attributes, names), options, out);
      }
      return file;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("export of " + layer.id() + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file; deleteOnExit is the fallback
      }
    }
  }

  /**
   * {@code attachment; filename="<id>.<ext>"; filename*=UTF-8''<title>.<ext>}: browsers save the
   * Chinese title (RFC 6266 / 5987), older clients the ASCII layer id.
   */
  public static String contentDisposition(LayerDefinition layer, ExportFormat format) {
    String ext = "." + format.extension();
    String title = layer.title().isBlank() ? layer.id() : layer.title();
    return "attachment; filename=\""
        + layer.id()
        + ext
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(title + ext, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
