package cn.onemap.ogc.api;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.LayerDefinition;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * {@code /collections/{id}/queryables} (OGC API Features Part 3): a JSON Schema (draft 2020-12)
 * object naming every property a {@code filter} may use — the geometry ({@code geom}, with its
 * GeoJSON type), the schema's attributes with their JSON types and Chinese titles, and the version
 * properties ({@code valid_from}, {@code valid_to}, {@code version}, {@code author}) of versioned
 * layers. No other name is accepted by the filter translation ({@code additionalProperties:
 * false}).
 *
 * <p>An attribute with a code list (值域) gets {@code enum} (its codes, as JSON values of the
 * attribute's type) and {@code x-onemap-codelist}: {@code {"id", "title", "standard", "entries":
 * [{"code", "name", "colour"?}]}}. {@code /collections/{id}/schema} (Part 5) is the same document.
 */
public final class Queryables {
  static final String MEDIA_TYPE = "application/schema+json";
  static final String REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

  private Queryables() {}

  static final String SCHEMA_REL = "http://www.opengis.net/def/rel/ogc/1.0/schema";

  static void write(
      JsonGenerator g,
      LayerDefinition layer,
      String self,
      java.util.function.Function<String, java.util.Optional<CodeList>> codeLists)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
    g.writeStringField("$id", self);
    g.writeStringField("type", "object");
    g.writeStringField("title", layer.title());
    g.writeObjectFieldStart("properties");
    g.writeObjectFieldStart("geom");
    g.writeStringField("title", "几何");
    g.writeStringField("format", "geometry-" + geometryFormat(layer));
    g.writeStringField("x-ogc-role", "primary-geometry");
    g.writeEndObject();
    for (AttributeDefinition a : layer.attributes()) {
      g.writeObjectFieldStart(a.name());
      g.writeStringField("title", a.label());
      type(g, a);
      if (a.codeList() != null) {
        java.util.Optional<CodeList> list = codeLists.apply(a.codeList());
        if (list.isPresent()) {
          codeList(g, a, list.get());
        }
      }
      g.writeEndObject();
    }
    if (layer.versioned()) {
      system(g, "valid_from", "版本生效时间", "string", "date-time");
      system(g, "valid_to", "版本失效时间", "string", "date-time");
      system(g, "version", "版本号", "integer", null);
      system(g, "author", "编辑人", "string", null);
    }
    g.writeEndObject();
    g.writeBooleanField("additionalProperties", false);
    g.writeEndObject();
  }

  private static void codeList(JsonGenerator g, AttributeDefinition a, CodeList list)
      throws IOException {
    g.writeArrayFieldStart("enum");
    for (CodeEntry e : list.entries()) {
      if (a.type().isNumeric()) {
        g.writeNumber(Long.parseLong(e.code()));
      } else {
        g.writeString(e.code());
      }
    }
    g.writeEndArray();
    g.writeFieldName("x-onemap-codelist");
    writeCodeList(g, list);
  }

  /** A code list as JSON: {@code {"id", "title", "standard", "entries": [...]}}. */
  public static void writeCodeList(JsonGenerator g, CodeList list) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", list.id());
    g.writeStringField("title", list.title());
    g.writeStringField("standard", list.standard());
    g.writeArrayFieldStart("entries");
    for (CodeEntry e : list.entries()) {
      g.writeStartObject();
      g.writeStringField("code", e.code());
      g.writeStringField("name", e.name());
      if (e.colour() != null) {
        g.writeStringField("colour", e.colour());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void system(JsonGenerator g, String name, String title, String type, String fmt)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("title", title);
    g.writeStringField("type", type);
    if (fmt != null) {
      g.writeStringField("format", fmt);
    }
    g.writeEndObject();
  }

  private static void type(JsonGenerator g, AttributeDefinition a) throws IOException {
    switch (a.type()) {
      case STRING -> g.writeStringField("type", "string");
      case INTEGER, LONG -> g.writeStringField("type", "integer");
      case DOUBLE -> g.writeStringField("type", "number");
      case BOOLEAN -> g.writeStringField("type", "boolean");
      case DATE -> {
        g.writeStringField("type", "string");
        g.writeStringField("format", "date");
      }
      case TIMESTAMP -> {
        g.writeStringField("type", "string");
        g.writeStringField("format", "date-time");
      }
    }
  }

  /** The Part 5 geometry format keyword ({@code geometry-point}, …). */
  private static String geometryFormat(LayerDefinition layer) {
    return switch (layer.geometryType()) {
      case POINT -> "point";
      case LINESTRING -> "linestring";
      case POLYGON -> "polygon";
      case MULTIPOINT -> "multipoint";
      case MULTILINESTRING -> "multilinestring";
      case MULTIPOLYGON -> "multipolygon";
      case GEOMETRY -> "any";
    };
  }
}
