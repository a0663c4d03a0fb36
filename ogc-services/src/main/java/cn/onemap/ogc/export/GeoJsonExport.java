package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.ogc.wfs.GeoJsonFeatureWriter;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * A GeoJSON FeatureCollection file. In EPSG:4326 / CRS84 it is plain RFC 7946; in any other CRS
 * (EPSG:4490 included, so GDAL and QGIS do not take CGCS2000 for WGS 84) it carries the {@code crs}
 * member GDAL writes, {@code {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::n"}}}.
 * Coordinates are always x = east/longitude first, as GDAL writes and reads them.
 */
final class GeoJsonExport implements ExportWriter {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void write(
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      Iterator<Feature> features,
      ExportOptions options,
      OutputStream out)
      throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeStringField("name", layer.id());
      if (options.srid() != 4326) {
        g.writeObjectFieldStart("crs");
        g.writeStringField("type", "name");
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", "urn:ogc:def:crs:EPSG::" + options.srid());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("features");
      while (features.hasNext()) {
        Feature f = features.next();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", f.id());
        g.writeFieldName("properties");
        g.writeStartObject();
        for (AttributeDefinition a : attributes) {
          g.writeFieldName(a.name());
          GeoJsonFeatureWriter.value(g, f.attributes().get(a.name()));
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        if (f.geometry().isPresent()) {
          GeoJsonFeatureWriter.geometry(g, options.crs().fromStorage(f.geometry().get()));
        } else {
          g.writeNull();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
