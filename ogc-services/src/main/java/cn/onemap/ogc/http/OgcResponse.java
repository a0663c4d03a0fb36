package cn.onemap.ogc.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response: status, content type, extra headers and a body writer that streams the entity. The
 * adapter sets the status and headers, then calls {@link BodyWriter#writeTo} once.
 */
public record OgcResponse(
    int status, String contentType, Map<String, String> headers, BodyWriter body) {

  public OgcResponse {
    Objects.requireNonNull(contentType, "contentType");
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
  }

  public static OgcResponse ok(String contentType, BodyWriter body) {
    return new OgcResponse(200, contentType, Map.of(), body);
  }

  public static OgcResponse text(int status, String contentType, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new OgcResponse(status, contentType, Map.of(), out -> out.write(bytes));
  }

  public OgcResponse withHeader(String name, String value) {
    var h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new OgcResponse(status, contentType, h, body);
  }
}
