package cn.onemap.tiles.image;

import java.util.Locale;
import java.util.Optional;

/** The output formats of rendered maps, with their MIME types as WMS names them. */
public enum ImageFormat {
  /** 32-bit RGBA PNG. */
  PNG("image/png", "png"),
  /** 8-bit paletted PNG (≤ 256 colours, one fully transparent entry); much smaller tiles. */
  PNG8("image/png; mode=8bit", "png"),
  /** JPEG, quality 0.85, no alpha: transparent pixels become the background colour. */
  JPEG("image/jpeg", "jpg");

  private final String mimeType;
  private final String extension;

  ImageFormat(String mimeType, String extension) {
    this.mimeType = mimeType;
    this.extension = extension;
  }

  public String mimeType() {
    return mimeType;
  }

  public String extension() {
    return extension;
  }

  /**
   * The format for a WMS FORMAT value: image/png, image/png8, image/png; mode=8bit, image/jpeg (and
   * image/jpg); case and spaces ignored.
   */
  public static Optional<ImageFormat> forMimeType(String mime) {
    String m = mime.toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (m) {
      case "image/png", "png" -> Optional.of(PNG);
      case "image/png8", "image/png;mode=8bit", "png8" -> Optional.of(PNG8);
      case "image/jpeg", "image/jpg", "jpeg", "jpg" -> Optional.of(JPEG);
      default -> Optional.empty();
    };
  }
}
