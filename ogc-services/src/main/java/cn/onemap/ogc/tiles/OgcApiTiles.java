package cn.onemap.ogc.tiles;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.api.ApiException;
import cn.onemap.ogc.api.OgcApiExtension;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OGC API – Tiles, map tiles part, with OGC TileMatrixSet 2.0: {@code /tileMatrixSets} and {@code
 * /tileMatrixSets/{id}} (all five sets), {@code /collections/{id}/map/tiles} (the tilesets list of
 * a catalog layer, one per set), {@code …/map/tiles/{tms}} (tileset metadata with
 * tileMatrixSetLimits and the templated tile link) and {@code …/map/tiles/{tms}/{z}/{row}/{col}}
 * ({@code f=png|png8|jpeg}, else the Accept header, else PNG; {@code datetime} on tilesets with
 * history); the same below {@code /map/tiles} for the base map ({@code basemap}). Vector tiles
 * ({@code /collections/{id}/tiles}, {@code /tiles}) are another extension's. Thread-safe.
 */
public final class OgcApiTiles implements OgcApiExtension {
  static final String TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
  static final String TILESETS_MAP = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-map";
  static final String TMS_LIST = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";
  static final List<String> CONFORMANCE =
      List.of(
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/dataset-tilesets",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/png",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/jpeg",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30",
          "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
          "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset",
          "http://www.opengis.net/spec/tms/2.0/conf/tilesetmetadata",
          "http://www.opengis.net/spec/tms/2.0/conf/json-tilesetmetadata");

  private static final Set<String> PARAMS = Set.of("f", "apikey", "datetime");

  private final FeatureStore store;
  private final TileSource tiles;
  private final Tilesets tilesets;
  private final TileMatrixSets grids = TileMatrixSets.standard();
  private final int maxAge;

  public OgcApiTiles(FeatureStore store, TileSource tiles, Tilesets tilesets, int maxAgeSeconds) {
    this.store = store;
    this.tiles = tiles;
    this.tilesets = tilesets;
    this.maxAge = maxAgeSeconds;
  }

  @Override
  public List<String> conformance() {
    return CONFORMANCE;
  }

  @Override
  public List<Link> landingLinks(OgcRequest request, AccessPolicy policy) {
    var links =
        new java.util.ArrayList<>(
            List.of(
                new Link(request.link("/tileMatrixSets"), TMS_LIST, "application/json", "瓦片矩阵集")));
    if (TileAccess.find(tilesets, Tilesets.BASEMAP, policy).isPresent()) {
      links.add(new Link(request.link("/map/tiles"), TILESETS_MAP, "application/json", "底图瓦片集"));
    }
    return links;
  }

  @Override
  public List<Link> collectionLinks(OgcRequest request, LayerDefinition layer) {
    if (tilesets.find(layer.id()).isEmpty()) {
      return List.of();
    }
    return List.of(
        new Link(
            request.link("/collections/" + layer.id() + "/map/tiles"),
            TILESETS_MAP,
            "application/json",
            layer.title() + "（地图瓦片）"));
  }

  @Override
  public Optional<OgcResponse> handle(OgcRequest request, AccessPolicy policy, List<String> seg) {
    if (seg.get(0).equals("tileMatrixSets")) {
      check(request);
      if (seg.size() == 1) {
        return Optional.of(matrixSets(request));
      }
      if (seg.size() == 2) {
        TileMatrixSet set = set(seg.get(1));
        return Optional.of(TileJson.ok("application/json", g -> TileMatrixSetJson.write(g, set)));
      }
      return Optional.empty();
    }
    // /map/tiles/... (the base map) or /collections/{id}/map/tiles/...
    List<String> rest;
    Tileset ts;
    String prefix;
    if (seg.size() >= 2 && seg.get(0).equals("map") && seg.get(1).equals("tiles")) {
      ts = readable(Tilesets.BASEMAP, policy);
      rest = seg.subList(2, seg.size());
      prefix = "/map/tiles";
    } else if (seg.size() >= 4
        && seg.get(0).equals("collections")
        && seg.get(2).equals("map")
        && seg.get(3).equals("tiles")) {
      ts = readable(seg.get(1), policy);
      rest = seg.subList(4, seg.size());
      prefix = "/collections/" + ts.id() + "/map/tiles";
    } else {
      return Optional.empty();
    }
    check(request);
    if (rest.isEmpty()) {
      return Optional.of(tilesetsList(request, ts, prefix));
    }
    TileMatrixSet set = set(rest.get(0));
    if (rest.size() == 1) {
      return Optional.of(tileset(request, ts, set, prefix + "/" + set.id()));
    }
    if (rest.size() == 4) {
      return Optional.of(
          TileCall.fetch(
              tiles,
              ts,
              set,
              rest.get(1),
              rest.get(2),
              rest.get(3),
              format(request),
              XyzTiles.time(request),
              maxAge));
    }
    throw ApiException.notFound("no resource at " + request.path());
  }

  private static void check(OgcRequest request) {
    for (String k : request.kvp().keySet()) {
      if (!PARAMS.contains(k.toLowerCase(Locale.ROOT))) {
        throw ApiException.badRequest("unknown parameter '" + k + "'; allowed: " + PARAMS);
      }
    }
  }

  private Tileset readable(String id, AccessPolicy policy) {
    return TileAccess.find(tilesets, id, policy)
        .orElseThrow(() -> ApiException.notFound("no tileset '" + id + "'"));
  }

  private TileMatrixSet set(String id) {
    return grids
        .find(id)
        .orElseThrow(() -> ApiException.notFound("no tile matrix set '" + id + "'"));
  }

  /** {@code f} first, then the Accept header's first image type, then PNG. */
  static TileFormat format(OgcRequest request) {
    Optional<String> f = request.param("f");
    if (f.isPresent()) {
      return switch (f.get().toLowerCase(Locale.ROOT)) {
        case "png", "image/png" -> TileFormat.PNG;
        case "png8" -> TileFormat.PNG8;
        case "jpg", "jpeg", "image/jpeg" -> TileFormat.JPEG;
        default -> throw ApiException.badRequest("f must be png, png8 or jpeg, was " + f.get());
      };
    }
    String accept = request.accept().orElse("").toLowerCase(Locale.ROOT);
    int png = accept.indexOf("image/png");
    int jpeg = accept.indexOf("image/jpeg");
    return jpeg >= 0 && (png < 0 || jpeg < png) ? TileFormat.JPEG : TileFormat.PNG;
  }

  private OgcResponse matrixSets(OgcRequest request) {
    return TileJson.ok(
        "application/json",
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("links");
          TileJson.link(g, request.link("/tileMatrixSets"), "self", "application/json", "瓦片矩阵集");
          g.writeEndArray();
          g.writeArrayFieldStart("tileMatrixSets");
          for (TileMatrixSet s : grids.all()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            if (s.uri().isPresent()) {
              g.writeStringField("uri", s.uri().get());
            }
            g.writeStringField("crs", s.crsUri());
            g.writeArrayFieldStart("links");
            TileJson.link(
                g,
                request.link("/tileMatrixSets/" + s.id()),
                "self",
                "application/json",
                s.title());
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private OgcResponse tilesetsList(OgcRequest request, Tileset ts, String prefix) {
    return TileJson.ok(
        "application/json",
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("links");
          TileJson.link(g, request.link(prefix), "self", "application/json", ts.title());
          g.writeEndArray();
          g.writeArrayFieldStart("tilesets");
          for (TileMatrixSet s : grids.all()) {
            g.writeStartObject();
            g.writeStringField("title", ts.title() + "（" + s.id() + "）");
            g.writeStringField("dataType", "map");
            g.writeStringField("crs", s.crsUri());
            if (s.uri().isPresent()) {
              g.writeStringField("tileMatrixSetURI", s.uri().get());
            }
            g.writeArrayFieldStart("links");
            TileJson.link(
                g, request.link(prefix + "/" + s.id()), "self", "application/json", s.title());
            TileJson.link(
                g,
                request.link("/tileMatrixSets/" + s.id()),
                TILING_SCHEME,
                "application/json",
                s.title());
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private OgcResponse tileset(OgcRequest request, Tileset ts, TileMatrixSet set, String path) {
    Map<String, TileRange> limits = TilesetExtent.of(store, ts).limits(set);
    return TileJson.ok(
        "application/json",
        g -> {
          g.writeStartObject();
          g.writeStringField("title", ts.title() + "（" + set.id() + "）");
          g.writeStringField("dataType", "map");
          g.writeStringField("crs", set.crsUri());
          if (set.uri().isPresent()) {
            g.writeStringField("tileMatrixSetURI", set.uri().get());
          }
          g.writeArrayFieldStart("tileMatrixSetLimits");
          for (var e : limits.entrySet()) {
            g.writeStartObject();
            g.writeStringField("tileMatrix", e.getKey());
            g.writeNumberField("minTileRow", e.getValue().minRow());
            g.writeNumberField("maxTileRow", e.getValue().maxRow());
            g.writeNumberField("minTileCol", e.getValue().minCol());
            g.writeNumberField("maxTileCol", e.getValue().maxCol());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("links");
          TileJson.link(g, request.link(path), "self", "application/json", ts.title());
          TileJson.link(
              g,
              request.link("/tileMatrixSets/" + set.id()),
              TILING_SCHEME,
              "application/json",
              set.title());
          for (String[] f : new String[][] {{"png", "image/png"}, {"jpeg", "image/jpeg"}}) {
            templated(g, request.link(path + "/{tileMatrix}/{tileRow}/{tileCol}?f=" + f[0]), f[1]);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void templated(JsonGenerator g, String href, String type) throws IOException {
    g.writeStartObject();
    g.writeStringField("href", href);
    g.writeStringField("rel", "item");
    g.writeStringField("type", type);
    g.writeBooleanField("templated", true);
    g.writeEndObject();
  }
}
