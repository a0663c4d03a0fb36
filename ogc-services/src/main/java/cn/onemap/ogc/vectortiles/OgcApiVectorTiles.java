package cn.onemap.ogc.vectortiles;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.api.ApiException;
import cn.onemap.ogc.api.OgcApiExtension;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.wms.TimeParam;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.mvt.VectorLayers;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileNotFoundException;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vector tilesets of OGC API – Tiles 1.0: {@code /collections/{id}/tiles} (a collection's) and
 * {@code /tiles} (the base map, every base layer as one MVT layer), each followed by {@code
 * /{tileMatrixSetId}} (TileSet metadata: data type, CRS, the tile URL template, the MVT layers with
 * their fields) and {@code /{tileMatrix}/{tileRow}/{tileCol}} (the tile). {@code datetime} gives a
 * past state of versioned layers. A tileset whose layers the caller may not all read is 404, as an
 * unknown one; tiles carry a strong ETag and {@code Cache-Control} ({@code public} only for public
 * tilesets). Errors are the API's JSON. Thread-safe.
 */
public final class OgcApiVectorTiles implements OgcApiExtension {
  static final String MVT = TileFormat.MVT.mimeType();
  static final String TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
  static final String TILESETS_VECTOR = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
  static final List<String> CONFORMANCE =
      List.of("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt");
  private static final Set<String> PARAMS = Set.of("f", "datetime");
  private static final JsonFactory JSON = new JsonFactory();

  private final TileSource tiles;
  private final Tilesets tilesets;
  private final TileMatrixSets grids;
  private final int maxAge;

  /**
   * @param tiles the vector tiles (cached or not)
   * @param maxAgeSeconds {@code max-age} of tile responses
   */
  public OgcApiVectorTiles(
      TileSource tiles, Tilesets tilesets, TileMatrixSets grids, int maxAgeSeconds) {
    this.tiles = tiles;
    this.tilesets = tilesets;
    this.grids = grids;
    this.maxAge = maxAgeSeconds;
  }

  @Override
  public List<String> conformance() {
    return CONFORMANCE;
  }

  @Override
  public List<Link> landingLinks(OgcRequest request, AccessPolicy policy) {
    return readable(Tilesets.BASEMAP, policy).isPresent()
        ? List.of(new Link(request.link("/tiles"), TILESETS_VECTOR, "application/json", "底图矢量瓦片集"))
        : List.of();
  }

  @Override
  public List<Link> collectionLinks(OgcRequest request, LayerDefinition layer) {
    return List.of(
        new Link(
            request.link("/collections/" + layer.id() + "/tiles"),
            TILESETS_VECTOR,
            "application/json",
            layer.title() + "（矢量瓦片）"));
  }

  @Override
  public Optional<OgcResponse> handle(OgcRequest request, AccessPolicy policy, List<String> seg) {
    List<String> rest;
    String id;
    String prefix;
    if (!seg.isEmpty() && seg.get(0).equals("tiles")) {
      id = Tilesets.BASEMAP;
      rest = seg.subList(1, seg.size());
      prefix = "/tiles";
    } else if (seg.size() >= 3 && seg.get(0).equals("collections") && seg.get(2).equals("tiles")) {
      id = seg.get(1);
      rest = seg.subList(3, seg.size());
      prefix = "/collections/" + id + "/tiles";
    } else {
      return Optional.empty();
    }
    for (String k : request.kvp().keySet()) {
      if (!PARAMS.contains(k.toLowerCase(Locale.ROOT))) {
        throw ApiException.badRequest("unknown parameter '" + k + "'; allowed: " + PARAMS);
      }
    }
    Tileset ts =
        readable(id, policy).orElseThrow(() -> ApiException.notFound("no tileset '" + id + "'"));
    List<LayerDefinition> layers = vectorLayers(ts);
    if (rest.isEmpty()) {
      return Optional.of(json(g -> tilesetList(g, request, ts, prefix)));
    }
    TileMatrixSet set =
        grids
            .find(rest.get(0))
            .orElseThrow(() -> ApiException.notFound("no tile matrix set '" + rest.get(0) + "'"));
    if (rest.size() == 1) {
      return Optional.of(json(g -> tileset(g, request, ts, layers, set, prefix)));
    }
    if (rest.size() == 4) {
      return Optional.of(tile(request, ts, set, rest.get(1), rest.get(2), rest.get(3)));
    }
    throw ApiException.notFound("no resource at " + request.path());
  }

  /** The tileset when it exists and the caller may read every one of its layers. */
  private Optional<Tileset> readable(String id, AccessPolicy policy) {
    return tilesets
        .find(id)
        .filter(t -> !t.layers().isEmpty() && t.layers().stream().allMatch(policy::canRead));
  }

  private static List<LayerDefinition> vectorLayers(Tileset ts) {
    try {
      return cn.onemap.tiles.mvt.VectorTiles.layers(ts);
    } catch (TileNotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  private OgcResponse tile(
      OgcRequest request,
      Tileset ts,
      TileMatrixSet set,
      String level,
      String rowText,
      String colText) {
    TileMatrix m =
        set.matrix(level)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no level '" + level + "' in tile matrix set " + set.id()));
    long row = number(rowText, "row");
    long col = number(colText, "column");
    if (!m.contains(row, col)) {
      throw ApiException.notFound(
          "tile " + row + "/" + col + " is outside level " + level + " of " + set.id());
    }
    Optional<Instant> time =
        TimeParam.parse(request.param("datetime"))
            .filter(t -> ts.versioned())
            .filter(t -> !t.isAfter(Instant.now()));
    var key =
        new TileKey(
            ts.id(), TileKey.DEFAULT_STYLE, set.id(), level, row, col, TileFormat.MVT, time);
    Tile tile;
    try {
      tile = tiles.tile(key);
    } catch (TileNotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    } catch (cn.onemap.core.store.FeatureLimitException e) {
      throw new ApiException(413, "TileTooDense", e.getMessage() + ": use a finer level");
    } catch (TilesException e) {
      throw new ApiException(
          e.code().equals("TILE_TOO_LARGE") ? 413 : 500, e.code(), e.getMessage());
    }
    return response(tile, ts.isPublic(), maxAge);
  }

  /**
   * A tile as HTTP: its bytes, the strong ETag and {@code Cache-Control} ({@code private} for a
   * tileset not everyone may read, so no shared cache keeps it). The portal answers 304 itself when
   * {@code If-None-Match} holds the ETag.
   */
  public static OgcResponse response(Tile tile, boolean isPublic, int maxAgeSeconds) {
    byte[] bytes = tile.bytes();
    return OgcResponse.ok(tile.format().contentType(), out -> out.write(bytes))
        .withHeader("ETag", tile.etag())
        .withHeader(
            "Cache-Control", (isPublic ? "public" : "private") + ", max-age=" + maxAgeSeconds)
        .withHeader("Content-Length", Integer.toString(bytes.length));
  }

  private static long number(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("the tile " + what + " must be an integer, was '" + text + "'");
    }
  }

  private void tilesetList(JsonGenerator g, OgcRequest req, Tileset ts, String prefix)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("links");
    link(g, req.link(prefix), "self", "application/json", ts.title() + "（矢量瓦片集）", false);
    g.writeEndArray();
    g.writeArrayFieldStart("tilesets");
    for (TileMatrixSet set : grids.all()) {
      g.writeStartObject();
      g.writeStringField("title", ts.title() + " — " + set.title());
      g.writeStringField("dataType", "vector");
      g.writeStringField("crs", set.crsUri());
      if (set.uri().isPresent()) {
        g.writeStringField("tileMatrixSetURI", set.uri().get());
      }
      g.writeArrayFieldStart("links");
      link(g, req.link(prefix + "/" + set.id()), "self", "application/json", set.title(), false);
      link(
          g,
          req.link("/tileMatrixSets/" + set.id()),
          TILING_SCHEME,
          "application/json",
          set.id(),
          false);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void tileset(
      JsonGenerator g,
      OgcRequest req,
      Tileset ts,
      List<LayerDefinition> layers,
      TileMatrixSet set,
      String prefix)
      throws IOException {
    String base = prefix + "/" + set.id();
    g.writeStartObject();
    g.writeStringField("title", ts.title() + " — " + set.title());
    g.writeStringField("dataType", "vector");
    g.writeStringField("crs", set.crsUri());
    if (set.uri().isPresent()) {
      g.writeStringField("tileMatrixSetURI", set.uri().get());
    }
    g.writeArrayFieldStart("links");
    link(g, req.link(base), "self", "application/json", ts.title(), false);
    link(
        g,
        req.link("/tileMatrixSets/" + set.id()),
        TILING_SCHEME,
        "application/json",
        set.id(),
        false);
    String template = req.link(base + "/{tileMatrix}/{tileRow}/{tileCol}");
    // The template's braces must survive: link() leaves the path as given.
    link(g, template, "item", MVT, "Mapbox 矢量瓦片", true);
    g.writeEndArray();
    g.writeArrayFieldStart("layers");
    for (VectorLayers.VectorLayer vl : VectorLayers.of(ts, set)) {
      LayerDefinition l =
          layers.stream().filter(x -> x.id().equals(vl.id())).findFirst().orElseThrow();
      g.writeStartObject();
      g.writeStringField("id", vl.id());
      g.writeStringField("title", vl.description());
      g.writeStringField("dataType", "vector");
      g.writeNumberField("geometryDimension", dimension(l.geometryType()));
      g.writeStringField("minTileMatrix", set.first().identifier());
      g.writeStringField("maxTileMatrix", set.last().identifier());
      g.writeObjectFieldStart("propertiesSchema");
      g.writeStringField("type", "object");
      g.writeObjectFieldStart("properties");
      for (Map.Entry<String, String> f : vl.fields().entrySet()) {
        g.writeObjectFieldStart(f.getKey());
        g.writeStringField(
            "type",
            f.getValue().equals("Number") ? "number" : f.getValue().toLowerCase(Locale.ROOT));
        g.writeStringField("title", vl.labels().get(f.getKey()));
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static int dimension(GeometryType t) {
    return switch (t) {
      case POINT, MULTIPOINT -> 0;
      case LINESTRING, MULTILINESTRING -> 1;
      case POLYGON, MULTIPOLYGON -> 2;
      case GEOMETRY -> 2;
    };
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static OgcResponse json(Body body) {
    return OgcResponse.ok(
        "application/json",
        out -> {
          try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
          }
        });
  }

  private static void link(
      JsonGenerator g, String href, String rel, String type, String title, boolean templated)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("href", href);
    g.writeStringField("rel", rel);
    g.writeStringField("type", type);
    g.writeStringField("title", title);
    if (templated) {
      g.writeBooleanField("templated", true);
    }
    g.writeEndObject();
  }
}
