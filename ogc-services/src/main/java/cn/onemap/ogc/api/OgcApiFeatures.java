package cn.onemap.ogc.api;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
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

/**
 * OGC API Features entry point: landing page, {@code /api} (OpenAPI 3.0, which documents the axis
 * order and the as-of semantics of {@code datetime}), {@code /conformance}, {@code /collections},
 * {@code /collections/{id}}, {@code /collections/{id}/queryables} ({@link Queryables}), {@code
 * /collections/{id}/items} and {@code .../items/{featureId}} (see {@link ItemsHandler}).
 * Collections the caller cannot read are 404 like unknown ones. Errors are JSON {@code
 * {"code","description"}} with the HTTP status. Thread-safe.
 */
public final class OgcApiFeatures {
  static final JsonFactory JSON = new JsonFactory();
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

  /**
   * @param maxLimit the largest {@code limit} honoured; larger values are lowered (paging beyond)
   */
  public OgcApiFeatures(FeatureStore store, int maxLimit) {
    this.store = store;
    this.maxLimit = maxLimit;
    this.items = new ItemsHandler(store, maxLimit);
  }

  public OgcResponse handle(OgcRequest request, AccessPolicy policy) {
    try {
      String[] seg = request.path().replaceAll("^/+|/+$", "").split("/");
      if (seg.length == 1 && seg[0].isEmpty()) {
        return json(g -> landing(g, request.baseUrl()));
      }
      if (seg.length == 1 && seg[0].equals("conformance")) {
        return json(g -> conformance(g));
      }
      if (seg.length == 1 && seg[0].equals("api")) {
        return openApi(request.baseUrl());
      }
      if (seg[0].equals("collections")) {
        if (seg.length == 1) {
          List<LayerDefinition> layers = store.layers().stream().filter(policy::canRead).toList();
          return json(g -> collections(g, layers, request.baseUrl()));
        }
        LayerDefinition layer =
            store
                .layer(seg[1])
                .filter(policy::canRead)
                .orElseThrow(() -> ApiException.notFound("no collection '" + seg[1] + "'"));
        if (seg.length == 2) {
          return json(g -> collection(g, layer, request.baseUrl()));
        }
        if (seg[2].equals("queryables") && seg.length == 3) {
          String self = request.baseUrl() + "/collections/" + layer.id() + "/queryables";
          return OgcResponse.ok(
              Queryables.MEDIA_TYPE,
              out -> {
                try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                  Queryables.write(g, layer, self);
                }
              });
        }
        if (seg[2].equals("items") && seg.length == 3) {
          return items.items(request, layer);
        }
        if (seg[2].equals("items") && seg.length == 4) {
          return items.item(request, layer, seg[3]);
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

  /** The OpenAPI 3.0 document of this API (a resource, with the base URL filled in). */
  private static OgcResponse openApi(String base) {
    String doc;
    try (var in = OgcApiFeatures.class.getResourceAsStream("openapi.json")) {
      doc = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("openapi.json is missing from the ogc-services jar", e);
    }
    return OgcResponse.text(
        200, "application/vnd.oai.openapi+json;version=3.0", doc.replace("{base}", base));
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

  private void landing(JsonGenerator g, String base) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", "梅州市一张图 OGC API Features");
    g.writeStringField("description", "梅州市时空信息云平台要素服务");
    g.writeArrayFieldStart("links");
    link(g, base + "/", "self", "application/json", "本页");
    link(
        g, base + "/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "API 定义");
    link(g, base + "/conformance", "conformance", "application/json", "符合性");
    link(g, base + "/collections", "data", "application/json", "数据集合");
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void conformance(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("conformsTo");
    for (String c : CONFORMANCE) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void collections(JsonGenerator g, List<LayerDefinition> layers, String base)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("links");
    link(g, base + "/collections", "self", "application/json", null);
    g.writeEndArray();
    g.writeArrayFieldStart("crs");
    for (String c : ItemsHandler.CRS_LIST) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("collections");
    for (LayerDefinition l : layers) {
      collectionBody(g, l, base);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void collection(JsonGenerator g, LayerDefinition layer, String base) throws IOException {
    collectionBody(g, layer, base);
  }

  private void collectionBody(JsonGenerator g, LayerDefinition l, String base) throws IOException {
    String self = base + "/collections/" + l.id();
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeStringField("title", l.title());
    g.writeStringField("itemType", "feature");
    var e = store.extent(l.id());
    if (e.isPresent()) {
      g.writeObjectFieldStart("extent");
      g.writeObjectFieldStart("spatial");
      g.writeArrayFieldStart("bbox");
      g.writeStartArray();
      g.writeNumber(e.get().getMinX());
      g.writeNumber(e.get().getMinY());
      g.writeNumber(e.get().getMaxX());
      g.writeNumber(e.get().getMaxY());
      g.writeEndArray();
      g.writeEndArray();
      g.writeStringField("crs", cn.onemap.ogc.gml.WireCrs.CRS84_URI);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeStringField("storageCrs", "http://www.opengis.net/def/crs/EPSG/0/4490");
    g.writeArrayFieldStart("crs");
    for (String c : ItemsHandler.CRS_LIST) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    link(g, self, "self", "application/json", l.title());
    link(g, self + "/items", "items", "application/geo+json", l.title());
    link(g, self + "/items?f=html", "items", "text/html", l.title());
    link(g, self + "/queryables", Queryables.REL, Queryables.MEDIA_TYPE, "可查询属性");
    g.writeEndArray();
    g.writeEndObject();
  }
}
