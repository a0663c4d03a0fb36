package cn.onemap.core.crs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the many spellings of a CRS identifier into One Map's canonical form: {@code EPSG:<n>},
 * {@code CRS:84}, {@code GCJ-02}, {@code BD-09} or {@code LOCAL:<name>}. Accepts a bare number,
 * {@code epsg:4548}, OGC URNs ({@code urn:ogc:def:crs:EPSG::4548}, with or without version), OGC
 * http URIs ({@code http://www.opengis.net/def/crs/EPSG/0/4548}), the WFS 1.x form {@code
 * http://www.opengis.net/gml/srs/epsg.xml#4548}, and OGC CRS84 in its URN/URI forms. Parsing only
 * checks syntax; whether the system is supported is the {@link CrsRegistry}'s call.
 */
public final class CrsCodes {
  private static final Pattern EPSG =
      Pattern.compile(
          "(?:epsg:|urn:(?:x-)?ogc:def:crs:epsg:(?:[0-9.]*:)?|https?://www\\.opengis\\.net/def/crs/epsg/"
              + "[0-9.]+/|https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#)?([0-9]{1,6})");
  private static final Pattern CRS84 =
      Pattern.compile(
          "crs:84|crs84|ogc:crs84|urn:ogc:def:crs:ogc:[0-9.]*:crs84"
              + "|https?://www\\.opengis\\.net/def/crs/ogc/[0-9.]+/crs84");

  private CrsCodes() {}

  /**
   * The canonical form of {@code code}.
   *
   * @throws UnknownCrsException if the text is not a CRS identifier in any accepted form
   */
  public static String canonical(String code) {
    if (code == null || code.isBlank()) {
      throw new UnknownCrsException(String.valueOf(code), "no CRS code given");
    }
    String trimmed = code.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    Matcher m = EPSG.matcher(lower);
    if (m.matches()) {
      return "EPSG:" + Integer.parseInt(m.group(1));
    }
    if (CRS84.matcher(lower).matches()) {
      return "CRS:84";
    }
    switch (lower.replace("_", "-")) {
      case "gcj-02", "gcj02":
        return "GCJ-02";
      case "bd-09", "bd09", "bd-09ll", "bd09ll":
        return "BD-09";
      default:
        break;
    }
    if (lower.startsWith("local:") && trimmed.length() > "local:".length()) {
      return "LOCAL:" + trimmed.substring("local:".length());
    }
    throw new UnknownCrsException(trimmed, "not a recognised CRS identifier");
  }
}
