package cn.onemap.loaders.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes GeoPackage binary geometry (GeoPackage 1.3 §2.1.3): magic "GP", version, flags (bit 0
 * byte order of the header, bits 1–3 envelope kind, bit 4 empty, bit 5 extended), srs_id, optional
 * envelope, then standard (ISO) WKB. Not thread-safe (one WKB reader reused).
 */
final class GpkgGeometry {
  private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};
  private final WKBReader wkb;

  GpkgGeometry(WKBReader wkb) {
    this.wkb = wkb;
  }

  /** The geometry, or empty for an empty geometry; throws with a message for bad blobs. */
  Optional<Geometry> decode(byte[] blob) throws ParseException {
    if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
      throw new ParseException("not GeoPackage binary geometry (no \"GP\" magic)");
    }
    int flags = blob[3] & 0xFF;
    if ((flags & 0x20) != 0) {
      throw new ParseException("extended GeoPackage geometry types are not supported");
    }
    int envelope = (flags >> 1) & 0x07;
    if (envelope > 4) {
      throw new ParseException("invalid envelope indicator " + envelope);
    }
    if ((flags & 0x10) != 0) {
      return Optional.empty();
    }
    int offset = 8 + ENVELOPE_BYTES[envelope];
    if (offset >= blob.length) {
      throw new ParseException("geometry blob ends inside its header");
    }
    return Optional.of(wkb.read(slice(blob, offset)));
  }

  /** The srs_id in the header (byte order per flag bit 0). */
  static int srsId(byte[] blob) {
    ByteOrder order = (blob[3] & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    return ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
  }

  private static byte[] slice(byte[] blob, int offset) {
    byte[] w = new byte[blob.length - offset];
    System.arraycopy(blob, offset, w, 0, w.length);
    return w;
  }
}
