package cn.onemap.tiles.tile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An encoded tile.
 *
 * @param bytes the encoded tile (do not modify)
 * @param format its encoding
 * @param etag a strong HTTP entity tag computed from the bytes, quoted as the header wants it
 *     ({@code "…"}): equal bytes give equal tags on every node and after restarts
 */
public record Tile(byte[] bytes, TileFormat format, String etag) {
  public Tile {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(etag, "etag");
  }

  /** A tile with its ETag computed from the bytes. */
  public static Tile of(byte[] bytes, TileFormat format) {
    return new Tile(bytes, format, etagOf(bytes));
  }

  /** The strong ETag of some bytes: the first 128 bits of their SHA-256, hex, quoted. */
  public static String etagOf(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return '"' + HexFormat.of().formatHex(d, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JRE", e);
    }
  }

  /** Whether an {@code If-None-Match} header value matches this tile (lists and {@code *}). */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String part : ifNoneMatch.split(",")) {
      String t = part.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return bytes.length;
  }
}
