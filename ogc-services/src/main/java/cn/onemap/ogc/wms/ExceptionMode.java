package cn.onemap.ogc.wms;

import java.util.Locale;
import java.util.Optional;

/**
 * How GetMap reports an error (the EXCEPTIONS parameter): an XML ServiceExceptionReport (default),
 * the message drawn into an image of the requested size and format, or an empty image.
 */
enum ExceptionMode {
  XML,
  INIMAGE,
  BLANK;

  /**
   * Reads EXCEPTIONS in either version's spelling ({@code XML}, {@code INIMAGE}, {@code BLANK},
   * {@code application/vnd.ogc.se_xml}, {@code application/vnd.ogc.se_inimage}, {@code
   * application/vnd.ogc.se_blank}); absent or unknown → XML.
   */
  static ExceptionMode parse(Optional<String> value) {
    if (value.isEmpty()) {
      return XML;
    }
    String v = value.get().toLowerCase(Locale.ROOT);
    if (v.endsWith("inimage")) {
      return INIMAGE;
    }
    if (v.endsWith("blank")) {
      return BLANK;
    }
    return XML;
  }
}
