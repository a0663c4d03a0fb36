package cn.onemap.ogc.api;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.api.ApiRequest.Format;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.ServiceException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OGC API Features entry point: landing page, {@code /api} (OpenAPI 3.0, which documents the axis
 * order and the as-of semantics of {@code datetime}), {@code /conformance}, {@code /collections},
 * {@code /collections/{id}}, {@code /collections/{id}/queryables} ({@link Queryables}), {@code
 * /collections/{id}/items} and {@code .../items/{featureId}} (see {@link ItemsHandler}).
 *
 * <p>Every resource but {@code /api} and the queryables comes as JSON and as HTML ({@code f=json|
 * html} or the Accept header, {@link ApiRequest#format}), and each encoding links the other as
 * {@code rel=alternate}; the HTML pages are {@link HtmlViews}. Unknown query parameters are a 400
 * naming them. Collections the caller cannot read are 404 like unknown ones. Errors are JSON {@code
 * {"code","description"}} with the HTTP status. Every link is built with {@link
 * OgcRequest#link(String)}. Thread-safe.
 */
public final class OgcApiFeatures {
  static final JsonFactory JSON = new JsonFactory();
  static final String OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0";
  static final List<String> CONFORMANCE =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
          "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
          "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
          "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
          "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions");

  private final FeatureStore store;
  private final int maxLimit;
  private final ItemsHandler items;
  private final List<OgcApiExtension> extensions;

  /**
   * @param maxLimit the largest {@code limit} honoured; larger values are lowered (paging beyond);
   *     the OpenAPI document declares it as the maximum
   */
  public OgcApiFeatures(FeatureStore store, int maxLimit) {
    this(store, maxLimit, List.of());
  }

  /**
   * @param extensions further parts (OGC API Tiles, ...) asked, in order, for the paths the
   *     Features routes do not serve
   */
  public OgcApiFeatures(FeatureStore store, int maxLimit, List<OgcApiExtension> extensions) {
    this.store = store;
    this.maxLimit = maxLimit;
    this.items = new ItemsHandler(store, maxLimit);
    this.extensions = List.copyOf(extensions);
  }

  public OgcResponse handle(OgcRequest request, AccessPolicy policy) {
    try {
      String[] seg = request.segments();
      if (seg.length == 1 && seg[0].isEmpty()) {
        return landing(request, policy);
      }
      if (seg.length == 1 && seg[0].equals("conformance")) {
        return conformance(request);
      }
      if (seg.length == 1 && seg[0].equals("api")) {
        jsonOnly(request);
        return openApi(request.baseUrl(), maxLimit);
      }
      if (seg[0].equals("collections")) {
        if (seg.length == 1) {
          ApiRequest.allowOnly(request, Set.of());
          List<CollectionInfo> infos =
              store.layers().stream()
                  .filter(policy::canRead)
                  .map(policy::visible)
                  .map(l -> CollectionInfo.of(store, l))
                  .toList();
          return ApiRequest.format(request) == Format.HTML
              ? HtmlViews.collections(request, infos)
              : json(g -> collections(g, request, infos, extensions));
        }
        LayerDefinition layer =
            store
                .layer(seg[1])
                .filter(policy::canRead)
                .map(policy::visible)
                .orElseThrow(() -> ApiException.notFound("no collection '" + seg[1] + "'"));
        if (seg.length == 2) {
          ApiRequest.allowOnly(request, Set.of());
          CollectionInfo info = CollectionInfo.of(store, layer);
          return ApiRequest.format(request) == Format.HTML
              ? HtmlViews.collection(request, info)
              : json(g -> collectionBody(g, request, info, extensions));
        }
        if ((seg[2].equals("queryables") || seg[2].equals("schema")) && seg.length == 3) {
          jsonOnly(request);
          String self =
              request.link("/collections/" + ApiRequest.segment(layer.id()) + "/" + seg[2]);
          return OgcResponse.ok(
              Queryables.MEDIA_TYPE,
              out -> {
                try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                  Queryables.write(g, layer, self, store::codeList);
                }
              });
        }
        if (seg[2].equals("items") && seg.length == 3) {
          ApiRequest.allowOnly(request, ApiRequest.ITEMS);
          return items.items(request, layer);
        }
        if (seg[2].equals("items") && seg.length == 4) {
          ApiRequest.allowOnly(request, ApiRequest.ITEM);
          return items.item(request, layer, seg[3]);
        }
      }
      for (OgcApiExtension ext : extensions) {
        Optional<OgcResponse> r = ext.handle(request, policy, List.of(seg));
        if (r.isPresent()) {
          return r.get();
        }
      }
      throw ApiException.notFound("no resource at " + request.path());
    } catch (ApiException e) {
      return error(e.status(), e.code(), e.getMessage());
    } catch (ServiceException e) {
      return error(e.status(), e.code(), e.getMessage());
    } catch (GisException e) {
      int status =
          e.code().endsWith("NOT_FOUND") ? 404 : e.code().equals("STORE_ERROR") ? 500 : 400;
      return error(status, e.code(), e.getMessage());
    }
  }

  /** The API definition and the queryables are JSON documents only; {@code f=html} is refused. */
  private static void jsonOnly(OgcRequest request) {
    ApiRequest.allowOnly(request, Set.of());
    if (request.param("f").isPresent() && ApiRequest.format(request) != Format.JSON) {
      throw ApiException.badRequest("this resource is JSON only: use f=json");
    }
  }

  /**
   * The OpenAPI 3.0 document of this API (a resource, with the base URL and the limit cap filled
   * in).
   */
  private static OgcResponse openApi(String base, int maxLimit) {
    String doc;
    try (var in = OgcApiFeatures.class.getResourceAsStream("openapi.json")) {
      doc = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("openapi.json is missing from the ogc-services jar", e);
    }
    return OgcResponse.text(
        200,
        OPENAPI_TYPE,
        doc.replace("{base}", base).replace("\"{maxLimit}\"", String.valueOf(maxLimit)));
  }

  interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  static OgcResponse json(JsonBody body) {
    return OgcResponse.ok(
        "application/json",
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

  /** {@code self} (JSON) and {@code alternate} (HTML) of a resource without parameters. */
  private static void selfAndAlternate(JsonGenerator g, OgcRequest req, String path, String title)
      throws IOException {
    link(g, ApiRequest.link(req, path, Format.JSON), "self", "application/json", title);
    link(g, ApiRequest.link(req, path, Format.HTML), "alternate", "text/html", title + "（网页）");
  }

  private OgcResponse landing(OgcRequest req, AccessPolicy policy) {
    ApiRequest.allowOnly(req, Set.of());
    if (ApiRequest.format(req) == Format.HTML) {
      return HtmlViews.landing(req);
    }
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("title", HtmlViews.API_TITLE);
          g.writeStringField("description", HtmlViews.API_DESCRIPTION);
          g.writeArrayFieldStart("links");
          selfAndAlternate(g, req, "/", "本页");
          link(g, req.link("/api"), "service-desc", OPENAPI_TYPE, "API 定义");
          link(
              g,
              ApiRequest.link(req, "/conformance", Format.JSON),
              "conformance",
              "application/json",
              "符合性");
          link(
              g,
              ApiRequest.link(req, "/collections", Format.JSON),
              "data",
              "application/json",
              "数据集合");
          for (OgcApiExtension ext : extensions) {
            for (OgcApiExtension.Link l : ext.landingLinks(req, policy)) {
              link(g, l.href(), l.rel(), l.type(), l.title());
            }
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private OgcResponse conformance(OgcRequest req) {
    ApiRequest.allowOnly(req, Set.of());
    if (ApiRequest.format(req) == Format.HTML) {
      return HtmlViews.conformance(req);
    }
    return json(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("links");
          selfAndAlternate(g, req, "/conformance", "符合性");
          g.writeEndArray();
          g.writeArrayFieldStart("conformsTo");
          for (String c : CONFORMANCE) {
            g.writeString(c);
          }
          for (OgcApiExtension ext : extensions) {
            for (String c : ext.conformance()) {
              g.writeString(c);
            }
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void collections(
      JsonGenerator g, OgcRequest req, List<CollectionInfo> infos, List<OgcApiExtension> extensions)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("links");
    selfAndAlternate(g, req, "/collections", "数据集合");
    g.writeEndArray();
    g.writeArrayFieldStart("crs");
    for (String c : ItemsHandler.CRS_LIST) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("collections");
    for (CollectionInfo info : infos) {
      collectionBody(g, req, info, extensions);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void collectionBody(
      JsonGenerator g, OgcRequest req, CollectionInfo info, List<OgcApiExtension> extensions)
      throws IOException {
    LayerDefinition l = info.layer();
    String path = info.path();
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeStringField("title", l.title());
    g.writeStringField("itemType", "feature");
    if (info.bbox().isPresent() || info.firstValidFrom().isPresent()) {
      g.writeObjectFieldStart("extent");
      if (info.bbox().isPresent()) {
        var e = info.bbox().get();
        g.writeObjectFieldStart("spatial");
        g.writeArrayFieldStart("bbox");
        g.writeStartArray();
        g.writeNumber(e.getMinX());
        g.writeNumber(e.getMinY());
        g.writeNumber(e.getMaxX());
        g.writeNumber(e.getMaxY());
        g.writeEndArray();
        g.writeEndArray();
        g.writeStringField("crs", WireCrs.CRS84_URI);
        g.writeEndObject();
      }
      if (info.firstValidFrom().isPresent()) {
        // From the oldest version to now: an open end, since the history keeps growing.
        g.writeObjectFieldStart("temporal");
        g.writeArrayFieldStart("interval");
        g.writeStartArray();
        g.writeString(info.firstValidFrom().get().toString());
        g.writeNull();
        g.writeEndArray();
        g.writeEndArray();
        g.writeStringField("trs", CollectionInfo.GREGORIAN);
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeStringField("storageCrs", "http://www.opengis.net/def/crs/EPSG/0/4490");
    g.writeArrayFieldStart("crs");
    for (String c : ItemsHandler.CRS_LIST) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    selfAndAlternate(g, req, path, l.title());
    link(
        g,
        ApiRequest.link(req, path + "/items", Format.JSON),
        "items",
        "application/geo+json",
        l.title());
    link(
        g,
        ApiRequest.link(req, path + "/items", Format.HTML),
        "items",
        "text/html",
        l.title() + "（网页）");
    for (cn.onemap.ogc.export.ExportFormat x : cn.onemap.ogc.export.ExportFormat.values()) {
      if (x != cn.onemap.ogc.export.ExportFormat.GEOJSON) {
        link(
            g,
            ApiRequest.link(req, path + "/items", Map.of("f", x.shortName())),
            "items",
            x.bareMediaType(),
            l.title() + "（下载 " + x.shortName() + "）");
      }
    }
    link(g, req.link(path + "/queryables"), Queryables.REL, Queryables.MEDIA_TYPE, "可查询属性");
    link(g, req.link(path + "/schema"), Queryables.SCHEMA_REL, Queryables.MEDIA_TYPE, "要素模式");
    for (OgcApiExtension ext : extensions) {
      for (OgcApiExtension.Link x : ext.collectionLinks(req, l)) {
        link(g, x.href(), x.rel(), x.type(), x.title());
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
