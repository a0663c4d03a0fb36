package cn.onemap.ogc.api;

import cn.onemap.ogc.http.OgcRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What every OGC API resource checks first: that it knows each query parameter (an unknown one is a
 * 400 naming it, so a typo such as {@code bbx=} is not silently ignored) and which encoding the
 * client wants ({@code f=json|html}, else the Accept header). Also builds the links of a resource,
 * always through {@link OgcRequest#link(String)} so the parameters a client must keep sending ride
 * on every one.
 */
final class ApiRequest {
  /**
   * Accepted on every resource: the encoding, and the API key a client may send in the URL (the
   * portal authenticates it; links carry it through {@link OgcRequest#linkParams()}).
   */
  static final Set<String> COMMON = Set.of("f", "apikey");

  static final Set<String> ITEMS =
      Set.of(
          "bbox",
          "bbox-crs",
          "crs",
          "datetime",
          "limit",
          "offset",
          "filter",
          "filter-lang",
          "filter-crs",
          "properties",
          "charset",
          "headers");
  static final Set<String> ITEM = Set.of("crs", "datetime");

  /** The two encodings of Part 1 (conformance classes geojson and html). */
  enum Format {
    JSON,
    HTML
  }

  private ApiRequest() {}

  /**
   * @throws ApiException 400 naming the first parameter that is neither common nor in {@code
   *     allowed}
   */
  static void allowOnly(OgcRequest req, Set<String> allowed) {
    for (String key : req.kvp().keySet()) {
      String k = key.toLowerCase(Locale.ROOT);
      if (!COMMON.contains(k) && !allowed.contains(k)) {
        var accepted = new TreeSet<>(COMMON);
        accepted.addAll(allowed);
        throw new ApiException(
            400,
            "InvalidParameterValue",
            "unknown query parameter '" + key + "'; this resource accepts " + accepted);
      }
    }
  }

  /**
   * The download an items request asks for: {@code f=csv|kml|gpkg|shp}, or without {@code f} an
   * Accept header naming one of their media types first; empty for the JSON and HTML pages.
   */
  static java.util.Optional<cn.onemap.ogc.export.ExportFormat> export(OgcRequest req) {
    var f = req.param("f");
    if (f.isPresent()) {
      return cn.onemap.ogc.export.ExportFormat.parse(f.get())
          .filter(x -> x != cn.onemap.ogc.export.ExportFormat.GEOJSON);
    }
    return req.accept().flatMap(cn.onemap.ogc.export.ExportFormat::fromAccept);
  }

  /**
   * {@code f=json} (or {@code geojson}) and {@code f=html} decide; without {@code f}, HTML when the
   * Accept header prefers {@code text/html} to every JSON type (a browser), else JSON.
   */
  static Format format(OgcRequest req) {
    var f = req.param("f");
    if (f.isPresent() && export(req).isPresent()) {
      throw ApiException.badRequest("f=" + f.get() + " is a download of items only");
    }
    if (f.isPresent()) {
      return switch (f.get().toLowerCase(Locale.ROOT)) {
        case "json", "geojson" -> Format.JSON;
        case "html" -> Format.HTML;
        default -> throw ApiException.badRequest("f must be json or html, not '" + f.get() + "'");
      };
    }
    return req.accept().map(ApiRequest::prefersHtml).orElse(false) ? Format.HTML : Format.JSON;
  }

  /** True when text/html has a higher q than any JSON type, or the same q and comes first. */
  static boolean prefersHtml(String accept) {
    double html = -1;
    double json = -1;
    int htmlAt = Integer.MAX_VALUE;
    int jsonAt = Integer.MAX_VALUE;
    String[] ranges = accept.split(",");
    for (int i = 0; i < ranges.length; i++) {
      String[] parts = ranges[i].split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int p = 1; p < parts.length; p++) {
        String param = parts[p].strip();
        if (param.startsWith("q=")) {
          try {
            q = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (type.equals("text/html") && q > html) {
        html = q;
        htmlAt = i;
      } else if ((type.endsWith("/json") || type.endsWith("+json")) && q > json) {
        json = q;
        jsonAt = i;
      }
    }
    return html > 0 && (html > json || html == json && htmlAt < jsonAt);
  }

  /**
   * The link to {@code path} with the request's own parameters (the API key left to {@link
   * OgcRequest#link}), {@code overrides} replacing or removing (null value) some of them.
   */
  static String link(OgcRequest req, String path, Map<String, String> overrides) {
    Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    kvp.putAll(req.kvp());
    kvp.remove("apikey");
    overrides.forEach(
        (k, v) -> {
          if (v == null) {
            kvp.remove(k);
          } else {
            kvp.put(k, v);
          }
        });
    var sb = new StringBuilder(path);
    char sep = '?';
    for (var e : kvp.entrySet()) {
      sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
      sep = '&';
    }
    return req.link(sb.toString());
  }

  /** A link to {@code path} in the given encoding, without the request's other parameters. */
  static String link(OgcRequest req, String path, Format format) {
    return req.link(path + (format == Format.HTML ? "?f=html" : "?f=json"));
  }

  /** One path segment (a collection or feature id), percent-encoded. */
  static String segment(String s) {
    return encode(s).replace("+", "%20");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
