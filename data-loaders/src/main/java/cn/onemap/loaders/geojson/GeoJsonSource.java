package cn.onemap.loaders.geojson;

import cn.onemap.core.crs.CrsCodes;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.source.CountingInputStream;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceException;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceRecord;
import cn.onemap.loaders.source.SourceSchema;
import cn.onemap.loaders.text.DetectedEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Streams the features of a GeoJSON FeatureCollection with Jackson's streaming parser: one feature
 * at a time is in memory, whatever the file size. Properties become attribute values (strings,
 * numbers, booleans; nested objects and arrays as JSON text); a feature-level "id" is exposed as
 * property "id" unless the properties have one.
 *
 * <p>CRS: a legacy "crs" member (as GDAL writes for non-WGS 84 data) is honoured when it comes
 * before "features", which is where writers put it; without one, RFC 7946 says longitude/latitude
 * (WGS 84, taken as CGCS2000). Limits: a "crs" member after "features" is not seen; the schema is
 * not declared (the importer samples property names and types).
 */
public final class GeoJsonSource implements FeatureSource {
  private static final JsonFactory JSON = new JsonFactory();

  private final Path file;
  private final long size;
  private final CountingInputStream counter;
  private final JsonParser parser;
  private final GeoJsonGeometryReader geometries = new GeoJsonGeometryReader(new GeometryFactory());
  private Optional<DetectedCrs> crs = Optional.empty();
  private long row;
  private SourceRecord next;
  private boolean done;

  private GeoJsonSource(Path file) throws IOException {
    this.file = file;
    this.size = Files.size(file);
    this.counter =
        new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    this.parser = JSON.createParser(counter);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("not a GeoJSON object");
    }
    seekFeatures();
  }

  public static GeoJsonSource open(Path file) {
    try {
      return new GeoJsonSource(file);
    } catch (IOException | RuntimeException e) {
      throw new SourceException(file, "cannot read as GeoJSON: " + e.getMessage(), e);
    }
  }

  /** Reads root members up to the "features" array. */
  private void seekFeatures() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken t = parser.nextToken();
      if (name.equals("type") && t == JsonToken.VALUE_STRING) {
        if (!parser.getText().equals("FeatureCollection")) {
          throw new IOException(
              "type is \"" + parser.getText() + "\": only a FeatureCollection can be imported");
        }
      } else if (name.equals("crs") && t == JsonToken.START_OBJECT) {
        crs = crsMember();
      } else if (name.equals("features") && t == JsonToken.START_ARRAY) {
        return;
      } else {
        parser.skipChildren();
      }
    }
    throw new IOException("no \"features\" array");
  }

  private Optional<DetectedCrs> crsMember() throws IOException {
    String name = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken t = parser.nextToken();
      if (field.equals("properties") && t == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String p = parser.currentName();
          parser.nextToken();
          if (p.equals("name") && parser.currentToken() == JsonToken.VALUE_STRING) {
            name = parser.getText();
          } else {
            parser.skipChildren();
          }
        }
      } else {
        parser.skipChildren();
      }
    }
    if (name == null) {
      return Optional.empty();
    }
    String code = CrsCodes.canonical(name);
    if (!CrsRegistry.defaultRegistry().isSupported(code)) {
      throw new IOException("the crs member names " + name + ", which One Map does not support");
    }
    return Optional.of(new DetectedCrs(code, DetectedCrs.How.GEOJSON_MEMBER, name));
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readFeature();
      } catch (IOException e) {
        throw new SourceException(
            file, "broken JSON after feature " + row + ": " + e.getMessage(), e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public SourceRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceRecord r = next;
    next = null;
    return r;
  }

  private SourceRecord readFeature() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY || t == null) {
      return null;
    }
    row++;
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return SourceRecord.failed(
          row, IssueCode.GEOMETRY_PARSE_ERROR, "feature is not a JSON object", new HashMap<>());
    }
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    Geometry geometry = null;
    String error = null;
    Object id = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken v = parser.nextToken();
      switch (name) {
        case "geometry" -> {
          if (v == JsonToken.START_OBJECT) {
            try {
              geometry = geometries.read(parser);
            } catch (GeoJsonGeometryReader.GeometryFormatException e) {
              error = e.getMessage();
            }
          } else if (v != JsonToken.VALUE_NULL) {
            parser.skipChildren();
            error = "\"geometry\" is not an object";
          }
        }
        case "properties" -> {
          if (v == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String key = parser.currentName();
              parser.nextToken();
              values.put(key, value());
            }
          } else {
            parser.skipChildren();
          }
        }
        case "id" -> id = value();
        default -> parser.skipChildren();
      }
    }
    if (id != null) {
      values.putIfAbsent("id", id);
    }
    if (error != null) {
      return SourceRecord.failed(row, IssueCode.GEOMETRY_PARSE_ERROR, error, values);
    }
    return SourceRecord.of(row, geometry, values);
  }

  private Object value() throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> parser.getIntValue();
            case LONG -> parser.getLongValue();
            default -> parser.getText();
          };
      case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case START_OBJECT, START_ARRAY -> {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
          g.copyCurrentStructure(parser);
        }
        yield w.toString();
      }
      default -> null;
    };
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.GEOJSON;
  }

  @Override
  public SourceSchema schema() {
    return new SourceSchema(List.of(), Optional.empty());
  }

  @Override
  public Optional<DetectedCrs> declaredCrs() {
    return crs;
  }

  @Override
  public Optional<DetectedEncoding> encoding() {
    return Optional.empty(); // RFC 8259: JSON exchanged between systems is UTF-8
  }

  @Override
  public long bytesRead() {
    return counter.count();
  }

  @Override
  public long totalBytes() {
    return size;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }
}
