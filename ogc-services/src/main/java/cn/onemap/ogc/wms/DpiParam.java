package cn.onemap.ogc.wms;

import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.render.RenderRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * The resolution a GetMap is drawn for (a vendor extension; WMS itself has none): GeoServer's
 * {@code FORMAT_OPTIONS=dpi:300} (options {@code key:value} separated by ';', other keys ignored),
 * or {@code DPI=300} (QGIS Server, and what QGIS sends) or {@code MAP_RESOLUTION=300} (MapServer).
 * The image keeps its WIDTH and HEIGHT; lines, symbols and labels are drawn dpi / 90.7 times as
 * many pixels wide (90.7 dpi is the 0.28 mm pixel of WMS scale denominators), so a print client
 * asking for a 300-dpi image gets the map it sees on screen, sharp. Absent: the standard pixel. A
 * number out of {@value #MIN}..{@value #MAX} is InvalidParameterValue.
 */
final class DpiParam {
  static final int MIN = 25;
  static final int MAX = 600;

  private DpiParam() {}

  /** The dpi asked, or {@link RenderRequest#STANDARD_DPI}. */
  static double parse(OgcRequest r) {
    Optional<String> fromOptions = r.param("FORMAT_OPTIONS").flatMap(DpiParam::fromFormatOptions);
    if (fromOptions.isPresent()) {
      return check(fromOptions.get(), "format_options");
    }
    Optional<String> dpi = r.param("DPI");
    if (dpi.isPresent()) {
      return check(dpi.get(), "dpi");
    }
    return r.param("MAP_RESOLUTION")
        .map(v -> check(v, "map_resolution"))
        .orElse(RenderRequest.STANDARD_DPI);
  }

  private static Optional<String> fromFormatOptions(String options) {
    for (String option : options.split(";")) {
      int colon = option.indexOf(':');
      String key = (colon < 0 ? option : option.substring(0, colon)).strip();
      if (key.toLowerCase(Locale.ROOT).equals("dpi")) {
        return Optional.of(colon < 0 ? "" : option.substring(colon + 1));
      }
    }
    return Optional.empty();
  }

  private static double check(String text, String locator) {
    double v;
    try {
      v = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v >= MIN && v <= MAX)) {
      throw ServiceException.invalid(
          locator, "dpi must be a number from " + MIN + " to " + MAX + ", was '" + text + "'");
    }
    return v;
  }
}
