package cn.onemap.ogc.tiles;

import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.tiles.tile.Tile;
import java.util.LinkedHashMap;

/**
 * The HTTP form of a tile: its bytes with a strong {@code ETag} (the tile's own, quoted) and {@code
 * Cache-Control} — {@code public, max-age=N} for public tilesets, {@code private, max-age=N}
 * otherwise, so that no shared cache keeps a restricted tile. The adapter answers {@code 304 Not
 * Modified} when the request's {@code If-None-Match} holds the ETag, and replaces Cache-Control by
 * {@code private, no-store} when the URL carried an API key.
 */
public final class TileResponses {
  private TileResponses() {}

  public static OgcResponse of(Tile tile, boolean isPublic, int maxAgeSeconds) {
    byte[] bytes = tile.bytes();
    // One map, built once: tiles are answered thousands of times a second.
    var headers = new LinkedHashMap<String, String>(4);
    headers.put("ETag", quoted(tile.etag()));
    headers.put("Cache-Control", (isPublic ? "public" : "private") + ", max-age=" + maxAgeSeconds);
    headers.put("Content-Length", Integer.toString(bytes.length));
    return new OgcResponse(200, tile.format().mimeType(), headers, out -> out.write(bytes));
  }

  /** A strong entity tag: the value in double quotes (RFC 9110 §8.8.3). */
  static String quoted(String etag) {
    String e = etag.strip();
    return e.startsWith("\"") && e.endsWith("\"") && e.length() > 1 ? e : '"' + e + '"';
  }
}
