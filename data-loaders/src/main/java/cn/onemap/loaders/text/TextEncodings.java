package cn.onemap.loaders.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how Chinese bureau files are encoded. Real files come in exactly two flavours: UTF-8
 * (newer tools, sometimes with a BOM) and GBK (Excel, ArcGIS and older Chinese software on
 * Windows). A GBK text of any length is almost never valid UTF-8 (its two-byte sequences rarely
 * form UTF-8's lead/continuation pattern), so the rule is: strict UTF-8 decode of a sample, and GBK
 * when that fails.
 *
 * <p>Limits: other encodings (Big5, UTF-16 without BOM) are not detected; name them in the request.
 */
public final class TextEncodings {
  /** GBK; Java's GBK decoder covers GB2312 and code page 936. */
  public static final Charset GBK = Charset.forName("GBK");

  private TextEncodings() {}

  /**
   * Detects the encoding of a sample of bytes from the start of a text (after any BOM).
   *
   * @param complete true when the sample is the whole text; otherwise an incomplete multi-byte
   *     sequence at the end of the sample is forgiven
   */
  public static DetectedEncoding detect(byte[] sample, int length, boolean complete) {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (sample[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new DetectedEncoding(StandardCharsets.UTF_8, DetectedEncoding.How.ASCII);
    }
    int end = complete ? length : completeUtf8Length(sample, length);
    return isStrictUtf8(sample, 0, end)
        ? new DetectedEncoding(StandardCharsets.UTF_8, DetectedEncoding.How.DETECTED_UTF8)
        : new DetectedEncoding(GBK, DetectedEncoding.How.DETECTED_GBK);
  }

  /** True when the bytes decode as UTF-8 without any malformed or unmappable sequence. */
  public static boolean isStrictUtf8(byte[] bytes, int offset, int length) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      d.decode(ByteBuffer.wrap(bytes, offset, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Decodes strictly, or returns empty if the bytes are not valid in {@code charset}. */
  public static Optional<String> decodeStrict(byte[] bytes, int offset, int length, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = d.decode(ByteBuffer.wrap(bytes, offset, length));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Length of the BOM at the start of the bytes for UTF-8 (3), or 0. */
  public static int utf8BomLength(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  /**
   * The charset a Shapefile .cpg names ("UTF-8", "GBK", "936", "CP936", "GB2312", "ANSI 936",
   * "GB18030", "65001", …); empty for names Java does not know.
   */
  public static Optional<Charset> fromCodePageName(String text) {
    String n = text.strip().toUpperCase(Locale.ROOT).replace("ANSI", "").replace(" ", "");
    switch (n) {
      case "UTF-8", "UTF8", "65001":
        return Optional.of(StandardCharsets.UTF_8);
      case "936", "CP936", "GBK", "GB2312", "EUC-CN", "MS936", "WINDOWS-936":
        return Optional.of(GBK);
      case "GB18030", "54936":
        return Optional.of(Charset.forName("GB18030"));
      case "1252", "CP1252", "WINDOWS-1252":
        return Optional.of(Charset.forName("windows-1252"));
      case "LATIN1", "ISO-8859-1", "ISO88591", "88591":
        return Optional.of(StandardCharsets.ISO_8859_1);
      default:
        try {
          return Optional.of(Charset.forName(text.strip()));
        } catch (RuntimeException e) {
          return Optional.empty();
        }
    }
  }

  /** The prefix of the sample that ends on a complete UTF-8 sequence (drops at most 3 bytes). */
  private static int completeUtf8Length(byte[] b, int length) {
    for (int back = 1; back <= 3 && back <= length; back++) {
      int lead = b[length - back] & 0xFF;
      if (lead >= 0xC0) { // a lead byte: is its sequence complete?
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return need > back ? length - back : length;
      }
      if (lead < 0x80) {
        return length;
      }
    }
    return length;
  }
}
