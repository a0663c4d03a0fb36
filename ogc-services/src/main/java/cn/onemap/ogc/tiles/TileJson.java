package cn.onemap.ogc.tiles;

import cn.onemap.ogc.http.OgcResponse;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/** JSON bodies of the tile endpoints: documents and {@code {"code","description"}} errors. */
final class TileJson {
  static final JsonFactory JSON = new JsonFactory();

  private TileJson() {}

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static OgcResponse ok(String contentType, Body body) {
    return OgcResponse.ok(
        contentType,
        out -> {
          try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
          }
        });
  }

  static OgcResponse error(int status, String code, String description) {
    return new OgcResponse(
        status,
        "application/json",
        Map.of(),
        out -> {
          try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("code", code);
            g.writeStringField("description", description);
            g.writeEndObject();
          }
        });
  }

  static void link(JsonGenerator g, String href, String rel, String type, String title)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("href", href);
    g.writeStringField("rel", rel);
    g.writeStringField("type", type);
    if (title != null) {
      g.writeStringField("title", title);
    }
    g.writeEndObject();
  }
}
