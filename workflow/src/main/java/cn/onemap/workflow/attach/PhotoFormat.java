package cn.onemap.workflow.attach;

import java.util.Locale;
import java.util.Optional;

/**
 * The image formats {@link PhotoIntake} accepts: those the JDK's ImageIO decodes without plugins.
 * WebP, HEIC/HEIF (iPhone default), GIF, BMP and TIFF are recognised by their magic bytes only to
 * name them in refusals.
 */
enum PhotoFormat {
  JPEG("jpeg"),
  PNG("png");

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  final String imageIoName;

  PhotoFormat(String imageIoName) {
    this.imageIoName = imageIoName;
  }

  /** The format a MIME type names; empty for a type that names no image we accept. */
  static Optional<PhotoFormat> ofContentType(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    return switch (t) {
      case "image/jpeg", "image/jpg", "image/pjpeg" -> Optional.of(JPEG);
      case "image/png", "image/x-png" -> Optional.of(PNG);
      default -> Optional.empty();
    };
  }

  /** The format a file name's extension names; empty otherwise. */
  static Optional<PhotoFormat> ofFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".jpe")) {
      return Optional.of(JPEG);
    }
    return n.endsWith(".png") ? Optional.of(PNG) : Optional.empty();
  }

  /** True when {@code bytes} start with this format's signature. */
  boolean matches(byte[] bytes) {
    return this == JPEG
        ? bytes.length >= 3
            && (bytes[0] & 0xff) == 0xff
            && (bytes[1] & 0xff) == 0xd8
            && (bytes[2] & 0xff) == 0xff
        : startsWith(bytes, PNG_MAGIC, 0);
  }

  /** What the bytes look like, for messages: jpeg, png, webp, heic, gif, bmp, tiff or unknown. */
  static String sniff(byte[] bytes) {
    for (PhotoFormat f : values()) {
      if (f.matches(bytes)) {
        return f.imageIoName;
      }
    }
    if (startsWith(bytes, ascii("RIFF"), 0) && startsWith(bytes, ascii("WEBP"), 8)) {
      return "webp";
    }
    if (startsWith(bytes, ascii("ftyp"), 4)) {
      return "heic";
    }
    if (startsWith(bytes, ascii("GIF8"), 0)) {
      return "gif";
    }
    if (startsWith(bytes, ascii("BM"), 0)) {
      return "bmp";
    }
    if (startsWith(bytes, ascii("II*\0"), 0) || startsWith(bytes, ascii("MM\0*"), 0)) {
      return "tiff";
    }
    return "unknown";
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    if (bytes.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
