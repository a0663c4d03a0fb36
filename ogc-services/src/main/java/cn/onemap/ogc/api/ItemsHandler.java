package cn.onemap.ogc.api;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.filter.Filters;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.api.ApiRequest.Format;
import cn.onemap.ogc.export.ExportException;
import cn.onemap.ogc.export.ExportFormat;
import cn.onemap.ogc.export.ExportOptions;
import cn.onemap.ogc.export.Exports;
import cn.onemap.ogc.gml.BboxText;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.wfs.FilterNames;
import cn.onemap.ogc.wfs.GeoJsonFeatureWriter;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code /collections/{id}/items} and {@code /items/{featureId}}: bbox (+ bbox-crs), limit / offset
 * with next links, datetime (an instant or an interval, as-of semantics: {@link DateTimeParam}),
 * crs (Part 2, with Content-Crs), filter + filter-lang=cql2-text (Part 3, CRS84 geometries),
 * GeoJSON or HTML ({@link ApiRequest#format}; the HTML page is {@link HtmlViews#items}). Every page
 * links self, alternate, collection, next and prev (when there are more / earlier features).
 * GeoJSON streams from the store cursor; HTML holds the page (at most {@code limit} features).
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
    var export = ApiRequest.export(req);
    if (export.isPresent()) {
      return download(req, layer, export.get());
    }
    if (req.param("properties").isPresent()
        || req.param("charset").isPresent()
        || req.param("headers").isPresent()) {
      throw ApiException.badRequest(
          "properties, charset and headers apply to downloads (f=csv|kml|gpkg|shp) only");
    }
    Format format = ApiRequest.format(req);
    int limit = limit(req);
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
    String path = "/collections/" + ApiRequest.segment(layer.id()) + "/items";
    Format other = format == Format.HTML ? Format.JSON : Format.HTML;
    var links =
        new PageLinks(
            pageUrl(req, path, offset, limit, format),
            pageUrl(req, path, offset, limit, other),
            offset + returned < matched
                ? pageUrl(req, path, offset + returned, limit, format)
                : null,
            offset > 0 ? pageUrl(req, path, Math.max(0, offset - limit), limit, format) : null,
            ApiRequest.link(req, "/collections/" + ApiRequest.segment(layer.id()), format));
    if (format == Format.HTML) {
      List<Feature> features = new ArrayList<>();
      try (FeatureCursor cursor = store.query(page)) {
        cursor.forEachRemaining(features::add);
      }
      return HtmlViews.items(req, layer, features, matched, offset, links);
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
                OgcApiFeatures.link(g, links.self(), "self", "application/geo+json", "本页");
                OgcApiFeatures.link(g, links.alternate(), "alternate", "text/html", "本页（网页）");
                if (links.next() != null) {
                  OgcApiFeatures.link(g, links.next(), "next", "application/geo+json", "下一页");
                }
                if (links.prev() != null) {
                  OgcApiFeatures.link(g, links.prev(), "prev", "application/geo+json", "上一页");
                }
                OgcApiFeatures.link(
                    g, links.collection(), "collection", "application/json", layer.title());
                g.writeEndArray();
                g.writeEndObject();
              }
            })
        .withHeader("Content-Crs", "<" + crs.srsName() + ">");
  }

  /**
   * A download of the items (f=csv|kml|gpkg|shp or their media types in Accept): the same bbox,
   * datetime and filter as the page, in {@code crs}, with {@code properties} selecting attributes,
   * {@code charset=GBK} for the Shapefile's DBF and {@code headers=labels} for Chinese CSV headers.
   * Without {@code limit} it is the whole result, refused when larger than the page limit.
   */
  private OgcResponse download(OgcRequest req, LayerDefinition layer, ExportFormat format) {
    WireCrs crs = crs(req, "crs");
    FeatureQuery.Builder q = FeatureQuery.layer(layer.id());
    req.param("bbox").ifPresent(b -> q.bbox(bbox(b, crs(req, "bbox-crs"))));
    req.param("datetime").flatMap(t -> asOf(t, layer)).ifPresent(q::asOf);
    req.param("filter").ifPresent(f -> q.filter(filter(req, f, layer)));
    java.util.Optional<List<String>> names =
        req.param("properties")
            .map(p -> java.util.Arrays.stream(p.split(",")).map(String::strip).toList());
    names.ifPresent(
        n ->
            n.forEach(
                name -> {
                  if (layer.attribute(name).isEmpty()) {
                    throw ApiException.badRequest("unknown property '" + name + "' in properties");
                  }
                }));
    names.ifPresent(q::properties);
    long offset = number(req, "offset", 0);
    long matched = store.count(q.build());
    boolean explicit = req.param("limit").isPresent();
    int limit = explicit ? limit(req) : maxLimit;
    if (!explicit && matched - offset > maxLimit) {
      throw ApiException.badRequest(
          "结果共 "
              + (matched - offset)
              + " 个要素，超过单次导出上限 "
              + maxLimit
              + "；请用 bbox 或 filter 缩小范围，或以 limit 和 offset 分段导出"
              + " (result exceeds the export limit)");
    }
    try {
      ExportOptions options =
          ExportOptions.defaults()
              .withCrs(crs)
              .withCharset(req.param("charset").map(ExportOptions::charset))
              .withLabelHeaders(req.param("headers").map(h -> h.equals("labels")).orElse(false));
      return Exports.response(
          format,
          layer,
          Exports.attributes(layer, names),
          store,
          q.offset(offset).limit(limit).build(),
          options);
    } catch (ExportException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /**
   * The links of an items page, in the page's own encoding except {@code alternate}; {@code next}
   * and {@code prev} are null on the last and the first page.
   */
  record PageLinks(String self, String alternate, String next, String prev, String collection) {}

  OgcResponse item(OgcRequest req, LayerDefinition layer, String featureId) {
    Format format = ApiRequest.format(req);
    WireCrs crs = crs(req, "crs");
    Feature f =
        req.param("datetime")
            .flatMap(t -> asOf(t, layer))
            .map(t -> store.get(layer.id(), featureId, t))
            .orElseGet(() -> store.get(layer.id(), featureId))
            .orElseThrow(
                () -> ApiException.notFound("no feature '" + featureId + "' in " + layer.id()));
    String collection = "/collections/" + ApiRequest.segment(layer.id());
    String path = collection + "/items/" + ApiRequest.segment(featureId);
    String json = ApiRequest.link(req, path, Map.of("f", "json"));
    String html = ApiRequest.link(req, path, Map.of("f", "html"));
    if (format == Format.HTML) {
      return HtmlViews.item(req, layer, f, json, ApiRequest.link(req, collection, Format.HTML));
    }
    String collectionJson = ApiRequest.link(req, collection, Format.JSON);
    var fw = new GeoJsonFeatureWriter(layer, crs, true);
    return OgcResponse.ok(
            "application/geo+json",
            out -> {
              try (JsonGenerator g = OgcApiFeatures.JSON.createGenerator(out, JsonEncoding.UTF8)) {
                fw.write(
                    g,
                    f,
                    gen -> {
                      gen.writeArrayFieldStart("links");
                      OgcApiFeatures.link(gen, json, "self", "application/geo+json", "本要素");
                      OgcApiFeatures.link(gen, html, "alternate", "text/html", "本要素（网页）");
                      OgcApiFeatures.link(
                          gen, collectionJson, "collection", "application/json", layer.title());
                      gen.writeEndArray();
                    });
              }
            })
        .withHeader("Content-Crs", "<" + crs.srsName() + ">");
  }

  private static WireCrs crs(OgcRequest req, String param) {
    WireCrs c = req.param(param).map(s -> WireCrs.parseUri(s, param)).orElse(WireCrs.crs84());
    return c;
  }

  /**
   * {@code minx,miny,maxx,maxy} or, with heights, {@code minx,miny,minz,maxx,maxy,maxz} (the
   * heights are ignored: the features are 2D), in the axis order of {@code crs}.
   */
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

  /**
   * {@code limit}: 1 to any size, lowered to the cap (the standard allows that). 0 is refused: an
   * empty page has no next page, and a client following a {@code next} equal to {@code self} would
   * loop forever.
   */
  private int limit(OgcRequest req) {
    long n = number(req, "limit", 10);
    if (n < 1) {
      throw ApiException.badRequest(
          "limit must be at least 1 (at most " + maxLimit + " are returned)");
    }
    return (int) Math.min(n, maxLimit);
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

  private static String pageUrl(OgcRequest req, String path, long offset, int limit, Format f) {
    return ApiRequest.link(
        req,
        path,
        Map.of(
            "offset",
            String.valueOf(offset),
            "limit",
            String.valueOf(limit),
            "f",
            f == Format.HTML ? "html" : "json"));
  }
}
