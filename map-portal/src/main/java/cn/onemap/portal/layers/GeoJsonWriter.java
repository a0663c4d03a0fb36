package cn.onemap.portal.layers;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.VersionInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * Writes features as GeoJSON (RFC 7946: longitude, latitude) to a streaming generator, one at a
 * time, so a response of any size never sits in memory. Version provenance goes into a foreign
 * member {@code "version"}.
 */
final class GeoJsonWriter {
  private final org.locationtech.jts.io.geojson.GeoJsonWriter geometries =
      new org.locationtech.jts.io.geojson.GeoJsonWriter(9);

  GeoJsonWriter() {
    geometries.setEncodeCRS(false);
  }

  void feature(JsonGenerator out, Feature feature) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", "Feature");
    out.writeStringField("id", feature.id());
    out.writeFieldName("geometry");
    if (feature.geometry().isPresent()) {
      out.writeRawValue(geometries.write(feature.geometry().get()));
    } else {
      out.writeNull();
    }
    out.writeObjectFieldStart("properties");
    for (Map.Entry<String, Object> e : feature.attributes().entrySet()) {
      value(out, e.getKey(), e.getValue());
    }
    out.writeEndObject();
    version(out, feature.version());
    out.writeEndObject();
  }

  private static void version(JsonGenerator out, VersionInfo v) throws IOException {
    out.writeObjectFieldStart("version");
    out.writeNumberField("number", v.number());
    out.writeStringField("validFrom", v.validFrom().toString());
    out.writeStringField("validTo", v.validTo().map(Object::toString).orElse(null));
    out.writeStringField("operation", v.operation().name());
    out.writeStringField("author", v.author());
    out.writeStringField("reason", v.reason().orElse(null));
    out.writeEndObject();
  }

  private static void value(JsonGenerator out, String name, Object value) throws IOException {
    if (value == null) {
      out.writeNullField(name);
    } else if (value instanceof Integer i) {
      out.writeNumberField(name, i);
    } else if (value instanceof Long l) {
      out.writeNumberField(name, l);
    } else if (value instanceof Double d) {
      out.writeNumberField(name, d);
    } else if (value instanceof Boolean b) {
      out.writeBooleanField(name, b);
    } else {
      out.writeStringField(name, value.toString()); // text, ISO dates and instants
    }
  }
}
