package cn.onemap.ogc.wfs;

import cn.onemap.core.store.SortKey;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.OgcRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The {@code next} link of a GetFeature page: always a KVP GET URL a client can resolve. For a KVP
 * request, the same parameters with STARTINDEX advanced; for an XML POST, the KVP equivalent of its
 * queries (TYPENAMES, FILTER with each query's FES XML, SORTBY, SRSNAME, OUTPUTFORMAT, TIME), with
 * WFS 2.0 parenthesised lists when there are several queries. Both start from the request's {@link
 * OgcRequest#operationUrl()}, so the link parameters (a desktop client's API key) ride along, once.
 */
final class NextLinks {
  private NextLinks() {}

  /** The same KVP request with STARTINDEX advanced and COUNT set. */
  static String fromKvp(OgcRequest request, long startIndex, int count) {
    Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    kvp.putAll(request.kvp());
    kvp.keySet()
        .removeIf(
            k ->
                k.equalsIgnoreCase("STARTINDEX")
                    || k.equalsIgnoreCase("COUNT")
                    || k.equalsIgnoreCase("MAXFEATURES"));
    // operationUrl() already carries the link parameters; a copy from the KVP would repeat them.
    request.linkParams().keySet().forEach(kvp::remove);
    var sb = new StringBuilder(request.operationUrl());
    kvp.forEach((k, v) -> sb.append(enc(k.toUpperCase())).append('=').append(enc(v)).append('&'));
    sb.append("STARTINDEX=").append(startIndex).append("&COUNT=").append(count);
    return sb.toString();
  }

  /** The KVP GET equivalent of a (POSTed) request's queries, from {@code startIndex}. */
  static String fromQueries(
      OgcRequest request, String version, GetFeatureRequest req, long startIndex) {
    boolean v2 = WfsNames.isWfs2(version);
    List<GetFeatureRequest.Query> qs = req.queries();
    Map<String, String> kvp = new LinkedHashMap<>();
    kvp.put("SERVICE", "WFS");
    kvp.put("VERSION", version);
    kvp.put("REQUEST", "GetFeature");
    kvp.put(v2 ? "TYPENAMES" : "TYPENAME", list(qs, q -> WfsContext.PREFIX + ":" + q.layer().id()));
    if (qs.stream().anyMatch(q -> q.filterXml().isPresent())) {
      kvp.put("FILTER", list(qs, q -> q.filterXml().orElse("")));
    }
    if (qs.stream().anyMatch(q -> !q.sortBy().isEmpty())) {
      kvp.put("SORTBY", list(qs, q -> sortBy(q.sortBy())));
    }
    if (qs.stream().anyMatch(q -> q.propertyNames().isPresent())) {
      kvp.put(
          "PROPERTYNAME",
          list(qs, q -> q.propertyNames().map(n -> String.join(",", n)).orElse("*")));
    }
    WireCrs crs = req.first().crs();
    if (!crs.equals(WireCrs.storage())) {
      kvp.put("SRSNAME", crs.srsName());
    }
    kvp.put("OUTPUTFORMAT", format(req.format()));
    qs.stream()
        .flatMap(q -> q.asOf().stream())
        .findFirst()
        .ifPresent(t -> kvp.put("TIME", t.toString()));
    kvp.put("STARTINDEX", String.valueOf(startIndex));
    kvp.put(v2 ? "COUNT" : "MAXFEATURES", String.valueOf(req.count()));
    var sb = new StringBuilder(request.operationUrl());
    kvp.forEach((k, v) -> sb.append(k).append('=').append(enc(v)).append('&'));
    return sb.substring(0, sb.length() - 1);
  }

  /** One value, or the WFS 2.0 parenthesised list {@code (a)(b)} for several queries. */
  private static String list(
      List<GetFeatureRequest.Query> qs, Function<GetFeatureRequest.Query, String> f) {
    if (qs.size() == 1) {
      return f.apply(qs.get(0));
    }
    var sb = new StringBuilder();
    qs.forEach(q -> sb.append('(').append(f.apply(q)).append(')'));
    return sb.toString();
  }

  private static String sortBy(List<SortKey> keys) {
    var parts = keys.stream().map(k -> k.property() + (k.ascending() ? " ASC" : " DESC")).toList();
    return String.join(",", parts);
  }

  private static String format(GetFeatureRequest.OutputFormat f) {
    return switch (f) {
      case GML32 -> WfsNames.GML32_FORMAT;
      case GML31 -> WfsNames.GML31_FORMAT;
      case GEOJSON -> WfsNames.JSON_FORMAT;
      default -> f.export().orElseThrow().bareMediaType();
    };
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
