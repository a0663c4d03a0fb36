package cn.onemap.ogc.print;

import java.util.Locale;

/** The file a print is written as. */
public enum PrintFormat {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png");

  private final String contentType;
  private final String extension;

  PrintFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** {@code pdf} or {@code png} (any case). */
  public static PrintFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PrintException.invalid("format", "format must be pdf or png, was '" + text + "'");
    }
  }
}
