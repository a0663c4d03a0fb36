package cn.onemap.ogc.http;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the OGC services see it.
 *
 * @param method HTTP method in upper case ("GET", "POST")
 * @param path path below the mount point, starting with '/' ("/" for the mount itself), already
 *     percent-decoded
 * @param kvp query parameters, keys case-insensitive (OGC KVP keys are), values percent-decoded; a
 *     repeated key keeps its first value
 * @param body request body for POST, read at most once
 * @param contentType the Content-Type header, empty when absent
 * @param accept the Accept header, empty when absent
 * @param baseUrl absolute URL of the mount point without trailing slash, e.g. {@code
 *     http://host:8080/ows}; used for every link and advertised operation URL
 */
public record OgcRequest(
    String method,
    String path,
    Map<String, String> kvp,
    Optional<InputStream> body,
    Optional<String> contentType,
    Optional<String> accept,
    String baseUrl) {

  public OgcRequest {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    path = path == null || path.isEmpty() ? "/" : path;
    var ci = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
    kvp.forEach(ci::putIfAbsent);
    kvp = java.util.Collections.unmodifiableMap(ci);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(accept, "accept");
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** A GET request with the given parameters (tests, simple adapters). */
  public static OgcRequest get(String baseUrl, String path, Map<String, String> kvp) {
    return new OgcRequest(
        "GET", path, kvp, Optional.empty(), Optional.empty(), Optional.empty(), baseUrl);
  }

  /** A POST request with an XML or JSON body. */
  public static OgcRequest post(
      String baseUrl, String path, Map<String, String> kvp, InputStream body, String contentType) {
    return new OgcRequest(
        "POST",
        path,
        kvp,
        Optional.of(body),
        Optional.ofNullable(contentType),
        Optional.empty(),
        baseUrl);
  }

  public OgcRequest withAccept(String acceptHeader) {
    return new OgcRequest(
        method, path, kvp, body, contentType, Optional.ofNullable(acceptHeader), baseUrl);
  }

  /** The parameter, trimmed; empty when absent or blank. */
  public Optional<String> param(String key) {
    String v = kvp.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
