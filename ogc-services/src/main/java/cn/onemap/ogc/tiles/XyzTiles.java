package cn.onemap.ogc.tiles;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.api.ApiException;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.wms.TimeParam;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * XYZ tiles (mounted at {@code /tiles}): {@code
 * /{tileset}/{tms}/{z}/{x}/{y}.{png|png8|jpg|mvt|pbf}} with x the column and y the row from the
 * top, z the set's level identifier (Tianditu's c/w count from 1, the OGC quads from 0), {@code
 * ?time=} on tilesets with history; and TileJSON 3.0 at {@code /{tileset}/{tms}.json} ({@code
 * ?format=png|png8|jpg|mvt} picks the tile URL's extension, png by default). Vector formats are
 * passed to the same tile source, which draws them when it can. Unknown and unreadable tilesets are
 * 404, as are unknown sets, levels and tiles outside the level; errors are JSON. Thread-safe.
 */
public final class XyzTiles {
  private final FeatureStore store;
  private final TileSource tiles;
  private final Tilesets tilesets;
  private final TileMatrixSets grids = TileMatrixSets.standard();
  private final int maxAge;

  public XyzTiles(FeatureStore store, TileSource tiles, Tilesets tilesets, int maxAgeSeconds) {
    this.store = store;
    this.tiles = tiles;
    this.tilesets = tilesets;
    this.maxAge = maxAgeSeconds;
  }

  public OgcResponse handle(OgcRequest request, AccessPolicy policy) {
    try {
      String[] seg = request.segments();
      if (seg.length == 2 && seg[1].endsWith(".json")) {
        Tileset ts = tileset(seg[0], policy);
        TileMatrixSet set = set(seg[1].substring(0, seg[1].length() - ".json".length()));
        return tileJson(request, ts, set);
      }
      if (seg.length == 5) {
        Tileset ts = tileset(seg[0], policy);
        TileMatrixSet set = set(seg[1]);
        int dot = seg[4].lastIndexOf('.');
        if (dot < 1) {
          throw ApiException.notFound("a tile URL ends in .png, .jpg, .png8, .mvt or .pbf");
        }
        TileFormat format = format(seg[4].substring(dot + 1));
        return TileCall.fetch(
            tiles,
            ts,
            set,
            seg[2],
            seg[4].substring(0, dot),
            seg[3],
            format,
            time(request),
            maxAge);
      }
      throw ApiException.notFound("no tile resource at " + request.path());
    } catch (ApiException e) {
      return TileJson.error(e.status(), e.code(), e.getMessage());
    } catch (ServiceException e) {
      return TileJson.error(e.status(), e.code(), e.getMessage());
    } catch (GisException e) {
      return TileJson.error(e.code().endsWith("NOT_FOUND") ? 404 : 400, e.code(), e.getMessage());
    }
  }

  static Optional<Instant> time(OgcRequest request) {
    return TimeParam.parse(request.param("time").or(() -> request.param("datetime")));
  }

  private Tileset tileset(String id, AccessPolicy policy) {
    return TileAccess.find(tilesets, id, policy)
        .orElseThrow(() -> ApiException.notFound("no tileset '" + id + "'"));
  }

  private TileMatrixSet set(String id) {
    return grids
        .find(id)
        .orElseThrow(() -> ApiException.notFound("no tile matrix set '" + id + "'"));
  }

  static TileFormat format(String extension) {
    return switch (extension.toLowerCase(Locale.ROOT)) {
      case "png" -> TileFormat.PNG;
      case "png8" -> TileFormat.PNG8;
      case "jpg", "jpeg" -> TileFormat.JPEG;
      case "mvt", "pbf" -> TileFormat.MVT;
      default -> throw ApiException.notFound("no tile format ." + extension);
    };
  }

  static String extension(TileFormat f) {
    return switch (f) {
      case PNG -> "png";
      case PNG8 -> "png8";
      case JPEG -> "jpg";
      case MVT -> "mvt";
    };
  }

  /**
   * TileJSON 3.0: the tile URL template (with the caller's URL key, if any), levels, bounds and a
   * centre in longitude/latitude, and the attribution. {@code minzoom}/{@code maxzoom} are the
   * set's first and last level identifiers, the numbers clients put into {z}.
   */
  private OgcResponse tileJson(OgcRequest request, Tileset ts, TileMatrixSet set) {
    TileFormat format = request.param("format").map(XyzTiles::format).orElse(TileFormat.PNG);
    Envelope b = TilesetExtent.of(store, ts).lonLat();
    TileMatrix first = set.first();
    TileMatrix last = set.last();
    int minZoom = Integer.parseInt(first.identifier());
    int maxZoom = Integer.parseInt(last.identifier());
    String template =
        request.link(
            "/"
                + ts.id()
                + "/"
                + set.id()
                + "/{z}/{x}/{y}."
                + extension(format)
                + timeQuery(request));
    return TileJson.ok(
        "application/json",
        g -> {
          g.writeStartObject();
          g.writeStringField("tilejson", "3.0.0");
          g.writeStringField("name", ts.title());
          g.writeStringField("description", ts.title() + "（" + set.title() + "）");
          g.writeStringField("version", "1.0.0");
          g.writeStringField("attribution", "© 梅州市自然资源局 一张图");
          g.writeStringField("scheme", "xyz");
          g.writeArrayFieldStart("tiles");
          g.writeString(template);
          g.writeEndArray();
          g.writeNumberField("minzoom", minZoom);
          g.writeNumberField("maxzoom", maxZoom);
          g.writeArrayFieldStart("bounds");
          g.writeNumber(b.getMinX());
          g.writeNumber(b.getMinY());
          g.writeNumber(b.getMaxX());
          g.writeNumber(b.getMaxY());
          g.writeEndArray();
          g.writeArrayFieldStart("center");
          g.writeNumber(b.centre().x);
          g.writeNumber(b.centre().y);
          g.writeNumber(centerZoom(set, b, minZoom, maxZoom));
          g.writeEndArray();
          if (format == TileFormat.MVT) {
            vectorLayers(g, ts, minZoom, maxZoom);
          }
          // Not part of TileJSON: the set's CRS, for clients that are not Web Mercator only.
          g.writeStringField("crs", set.crsUri());
          g.writeStringField("tileMatrixSet", set.id());
          g.writeEndObject();
        });
  }

  /**
   * TileJSON's {@code vector_layers}: one per catalog layer of the tileset, named by layer id (the
   * MVT layer name) with its attributes as fields — "Number", "Boolean" or "String" (dates and
   * times are strings in a vector tile).
   */
  static void vectorLayers(
      com.fasterxml.jackson.core.JsonGenerator g, Tileset ts, int minZoom, int maxZoom)
      throws java.io.IOException {
    g.writeArrayFieldStart("vector_layers");
    for (LayerDefinition l : ts.layers()) {
      g.writeStartObject();
      g.writeStringField("id", l.id());
      g.writeStringField("description", l.title());
      g.writeNumberField("minzoom", minZoom);
      g.writeNumberField("maxzoom", maxZoom);
      g.writeObjectFieldStart("fields");
      for (AttributeDefinition a : l.attributes()) {
        String type =
            a.type().isNumeric()
                ? "Number"
                : a.type() == AttributeType.BOOLEAN ? "Boolean" : "String";
        g.writeStringField(a.name(), type);
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A time given to the TileJSON request rides on its tile URLs (a past map stays past). */
  private static String timeQuery(OgcRequest request) {
    return request
        .param("time")
        .map(t -> "?time=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8))
        .orElse("");
  }

  /** The deepest level at which the whole box still fits into a 1024 px view. */
  private int centerZoom(TileMatrixSet set, Envelope lonLat, int minZoom, int maxZoom) {
    Optional<Envelope> box = new TilesetExtent(lonLat).in(set);
    if (box.isEmpty()) {
      return minZoom;
    }
    int best = minZoom;
    for (TileMatrix m : set.matrices()) {
      double span = Math.max(box.get().getWidth(), box.get().getHeight());
      if (span / m.cellSize() <= 1024) {
        best = Integer.parseInt(m.identifier());
      }
    }
    return Math.min(best, maxZoom);
  }
}
