package cn.onemap.ogc.api;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.filter.Filters;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.gml.BboxText;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.wfs.FilterNames;
import cn.onemap.ogc.wfs.GeoJsonFeatureWriter;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code /collections/{id}/items} and {@code /items/{featureId}}: bbox (+ bbox-crs), limit / offset
 * with next links, datetime (an instant or an interval, as-of semantics: {@link DateTimeParam}),
 * crs (Part 2, with Content-Crs), filter + filter-lang=cql2-text (Part 3, CRS84 geometries),
 * GeoJSON or HTML (f=html or an Accept header preferring text/html). Streams from the store cursor.
 */
final class ItemsHandler {
  static final List<String> CRS_LIST =
      List.of(
          WireCrs.CRS84_URI,
          "http://www.opengis.net/def/crs/EPSG/0/4490",
          "http://www.opengis.net/def/crs/EPSG/0/4326",
          "http://www.opengis.net/def/crs/EPSG/0/3857",
          "http://www.opengis.net/def/crs/EPSG/0/4547",
          "http://www.opengis.net/def/crs/EPSG/0/4548");

  private final FeatureStore store;
  private final int maxLimit;

  ItemsHandler(FeatureStore store, int maxLimit) {
    this.store = store;
    this.maxLimit = maxLimit;
  }

  OgcResponse items(OgcRequest req, LayerDefinition layer) {
    int limit = (int) Math.min(number(req, "limit", 10), maxLimit);
    long offset = number(req, "offset", 0);
    WireCrs crs = crs(req, "crs");
    FeatureQuery.Builder q = FeatureQuery.layer(layer.id());
    req.param("bbox").ifPresent(b -> q.bbox(bbox(b, crs(req, "bbox-crs"))));
    req.param("datetime").flatMap(t -> asOf(t, layer)).ifPresent(q::asOf);
    req.param("filter").ifPresent(f -> q.filter(filter(req, f, layer)));
    FeatureQuery all = q.build();
    long matched = store.count(all);
    FeatureQuery page = q.offset(offset).limit(limit).build();
    long returned = Math.max(0, Math.min(limit, matched - offset));
    String self = req.baseUrl() + "/collections/" + layer.id() + "/items";
    String next = offset + returned < matched ? pageUrl(self, req, offset + returned, limit) : null;
    if (wantsHtml(req)) {
      return OgcResponse.ok("text/html; charset=UTF-8", out -> html(out, layer, page, next));
    }
    var fw = new GeoJsonFeatureWriter(layer, crs, true);
    return OgcResponse.ok(
            "application/geo+json",
            out -> {
              try (FeatureCursor cursor = store.query(page);
                  JsonGenerator g = OgcApiFeatures.JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                while (cursor.hasNext()) {
                  fw.write(g, cursor.next());
                }
                g.writeEndArray();
                g.writeNumberField("numberMatched", matched);
                g.writeNumberField("numberReturned", returned);
                g.writeStringField("timeStamp", Instant.now().toString());
                g.writeArrayFieldStart("links");
                OgcApiFeatures.link(
                    g, pageUrl(self, req, offset, limit), "self", "application/geo+json", null);
                if (next != null) {
                  OgcApiFeatures.link(g, next, "next", "application/geo+json", "下一页");
                }
                g.writeEndArray();
                g.writeEndObject();
              }
            })
        .withHeader("Content-Crs", "<" + crs.srsName() + ">");
  }

  OgcResponse item(OgcRequest req, LayerDefinition layer, String featureId) {
    WireCrs crs = crs(req, "crs");
    Feature f =
        req.param("datetime")
            .flatMap(t -> asOf(t, layer))
            .map(t -> store.get(layer.id(), featureId, t))
            .orElseGet(() -> store.get(layer.id(), featureId))
            .orElseThrow(
                () -> ApiException.notFound("no feature '" + featureId + "' in " + layer.id()));
    var fw = new GeoJsonFeatureWriter(layer, crs, true);
    return OgcResponse.ok(
            "application/geo+json",
            out -> {
              try (JsonGenerator g = OgcApiFeatures.JSON.createGenerator(out, JsonEncoding.UTF8)) {
                fw.write(g, f);
              }
            })
        .withHeader("Content-Crs", "<" + crs.srsName() + ">");
  }

  private static WireCrs crs(OgcRequest req, String param) {
    WireCrs c = req.param(param).map(s -> WireCrs.parseUri(s, param)).orElse(WireCrs.crs84());
    return c;
  }

  private static Envelope bbox(String text, WireCrs crs) {
    try {
      return crs.toStorage(BboxText.parse(text, BboxText.Rules.OGC_API).toEnvelope(crs));
    } catch (BboxText.Invalid e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static Filter filter(OgcRequest req, String text, LayerDefinition layer) {
    String lang = req.param("filter-lang").orElse("cql2-text");
    if (!lang.equals("cql2-text")) {
      throw ApiException.badRequest("filter-lang " + lang + " is not supported; use cql2-text");
    }
    req.param("filter-crs")
        .ifPresent(
            c -> {
              if (!WireCrs.parseUri(c, "filter-crs").isStorage()) {
                throw ApiException.badRequest("filter-crs must be CRS84 or EPSG:4490");
              }
            });
    Filter f;
    try {
      f = Filters.parseEcql(Cql2Text.toEcql(text));
    } catch (cn.onemap.core.GisException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    FilterNames.check(layer, f, "filter");
    return f;
  }

  /**
   * The as-of instant of a {@code datetime} value (see {@link DateTimeParam}); empty for the
   * current state.
   */
  private static java.util.Optional<Instant> asOf(String text, LayerDefinition layer) {
    return DateTimeParam.asOf(text, layer);
  }

  private static long number(OgcRequest req, String name, long dflt) {
    try {
      long n = req.param(name).map(Long::parseLong).orElse(dflt);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a non-negative integer");
    }
  }

  private static boolean wantsHtml(OgcRequest req) {
    return req.param("f").map(f -> f.equalsIgnoreCase("html")).orElse(false)
        || req.param("f").isEmpty()
            && req.accept().map(a -> a.startsWith("text/html")).orElse(false);
  }

  private static String pageUrl(String self, OgcRequest req, long offset, int limit) {
    Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    kvp.putAll(req.kvp());
    kvp.put("offset", String.valueOf(offset));
    kvp.put("limit", String.valueOf(limit));
    var sb = new StringBuilder(self);
    char sep = '?';
    for (var e : kvp.entrySet()) {
      sb.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
      sep = '&';
    }
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private void html(java.io.OutputStream out, LayerDefinition layer, FeatureQuery page, String next)
      throws java.io.IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
    w.write(esc(layer.title()));
    w.write(
        "</title></head><body><h1>"
            + esc(layer.title())
            + "</h1><table border=\"1\"><tr><th>fid</th>");
    for (var a : layer.attributes()) {
      w.write("<th>" + esc(a.label()) + "</th>");
    }
    w.write("<th>geometry</th></tr>");
    try (FeatureCursor c = store.query(page)) {
      while (c.hasNext()) {
        Feature f = c.next();
        w.write("<tr><td>" + esc(f.id()) + "</td>");
        for (var a : layer.attributes()) {
          Object v = f.attribute(a.name());
          w.write("<td>" + esc(v == null ? "" : v.toString()) + "</td>");
        }
        w.write("<td>" + esc(f.geometry().map(g -> g.getGeometryType()).orElse("")) + "</td></tr>");
      }
    }
    w.write("</table>");
    if (next != null) {
      w.write("<p><a href=\"" + esc(next.replace("f=html", "f=html")) + "\">下一页</a></p>");
    }
    w.write("</body></html>");
    w.flush();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
