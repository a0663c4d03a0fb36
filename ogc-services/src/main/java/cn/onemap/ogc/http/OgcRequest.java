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
 * @param linkParams query parameters every advertised URL and link must carry, in order (the API
 *     key a desktop GIS sent in its URL, so that it keeps sending it); empty for most requests.
 *     Build URLs with {@link #operationUrl()} and {@link #link(String)} so none is missed.
 */
public record OgcRequest(
    String method,
    String path,
    Map<String, String> kvp,
    Optional<InputStream> body,
    Optional<String> contentType,
    Optional<String> accept,
    String baseUrl,
    Map<String, String> linkParams) {

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
    linkParams = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(linkParams));
  }

  /** A request whose links carry no extra parameters. */
  public OgcRequest(
      String method,
      String path,
      Map<String, String> kvp,
      Optional<InputStream> body,
      Optional<String> contentType,
      Optional<String> accept,
      String baseUrl) {
    this(method, path, kvp, body, contentType, accept, baseUrl, Map.of());
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
        method,
        path,
        kvp,
        body,
        contentType,
        Optional.ofNullable(acceptHeader),
        baseUrl,
        linkParams);
  }

  /** The same request, with links that carry {@code params}. */
  public OgcRequest withLinkParams(Map<String, String> params) {
    return new OgcRequest(method, path, kvp, body, contentType, accept, baseUrl, params);
  }

  /**
   * The KVP operation URL advertised in capabilities: the mount point followed by {@code ?} and the
   * link parameters, ending in {@code ?} or {@code &} so that clients append their own parameters.
   */
  public String operationUrl() {
    var sb = new StringBuilder(baseUrl).append('?');
    linkParams.forEach((k, v) -> sb.append(encode(k)).append('=').append(encode(v)).append('&'));
    return sb.toString();
  }

  /**
   * An absolute link below the mount point: {@code pathAndQuery} (e.g. {@code
   * "/collections/roads/items?f=json"}, already encoded) with the link parameters appended.
   */
  public String link(String pathAndQuery) {
    var sb = new StringBuilder(baseUrl).append(pathAndQuery);
    char sep = pathAndQuery.indexOf('?') >= 0 ? '&' : '?';
    for (var e : linkParams.entrySet()) {
      sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
      sep = '&';
    }
    return sb.toString();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The parameter, trimmed; empty when absent or blank. */
  public Optional<String> param(String key) {
    String v = kvp.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /**
   * The path's segments without leading and trailing slashes ({@code "/a/b/"} gives {@code [a, b]},
   * an empty path one empty segment), split without a regular expression: tile requests call this
   * thousands of times a second.
   */
  public String[] segments() {
    String p = path;
    int from = 0;
    int to = p.length();
    while (from < to && p.charAt(from) == '/') {
      from++;
    }
    while (to > from && p.charAt(to - 1) == '/') {
      to--;
    }
    return p.substring(from, to).split("/");
  }
}
