package cn.onemap.portal.ogc;

import cn.onemap.ogc.http.OgcResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * {@code 304 Not Modified} for a response whose strong {@code ETag} the request's {@code
 * If-None-Match} already holds (tiles): same ETag and Cache-Control, no body.
 */
final class ConditionalGet {
  private ConditionalGet() {}

  static OgcResponse apply(HttpServletRequest request, OgcResponse response) {
    String etag = response.headers().get("ETag");
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (response.status() != 200
        || etag == null
        || ifNoneMatch == null
        || !"GET".equalsIgnoreCase(request.getMethod())
        || !matches(ifNoneMatch, etag)) {
      return response;
    }
    var headers = new java.util.LinkedHashMap<String, String>();
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      if (h.getKey().equalsIgnoreCase("ETag") || h.getKey().equalsIgnoreCase("Cache-Control")) {
        headers.put(h.getKey(), h.getValue());
      }
    }
    return new OgcResponse(304, response.contentType(), headers, out -> {});
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String part : ifNoneMatch.split(",")) {
      String t = part.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
