package cn.onemap.loaders.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text a file declares as UTF-8 (a .cpg, GeoPackage, the request) strictly: an invalid byte
 * sequence is an {@link InvalidUtf8} naming its offset, never a silent U+FFFD in the store.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /** Bytes that are not valid UTF-8; {@link #offset} is that of the first bad byte. */
  public static final class InvalidUtf8 extends IOException {
    private final int offset;

    InvalidUtf8(int offset) {
      super("not valid UTF-8 at byte " + offset);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  public static String decode(byte[] bytes, int off, int len) throws InvalidUtf8 {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len); // UTF-8 never has fewer bytes than UTF-16 units
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new InvalidUtf8(in.position() - off);
    }
    return out.flip().toString();
  }

  public static String decode(byte[] bytes) throws InvalidUtf8 {
    return decode(bytes, 0, bytes.length);
  }
}
