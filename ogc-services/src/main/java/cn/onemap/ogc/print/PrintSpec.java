package cn.onemap.ogc.print;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What a print shows and on what paper.
 *
 * @param title printed above the map (1–{@value #MAX_TITLE} characters)
 * @param paper A4 or A3
 * @param landscape landscape (else portrait)
 * @param dpi 150 or 300: the page's pixels per inch (PNG size = paper × dpi)
 * @param format PDF or PNG
 * @param crs the map's CRS
 * @param bbox the extent to show in {@code crs} (x = east); widened to the map frame's shape
 * @param asOf the date the map shows (the as-of line), or null for the present state
 * @param printed the print date, as printed ({@code 2026-12-03})
 * @param source the source line ({@value #SOURCE} by default)
 */
public record PrintSpec(
    String title,
    Paper paper,
    boolean landscape,
    int dpi,
    PrintFormat format,
    PrintCrs crs,
    Envelope bbox,
    String asOf,
    String printed,
    String source) {
  public static final int MAX_TITLE = 60;
  public static final String SOURCE = "梅州市时空信息云平台";

  public PrintSpec {
    title = title == null ? "" : title.strip();
    if (title.isEmpty() || title.codePointCount(0, title.length()) > MAX_TITLE) {
      throw PrintException.invalid(
          "title", "title must have 1 to " + MAX_TITLE + " characters, had " + title.length());
    }
    if (title.chars().anyMatch(Character::isISOControl)) {
      throw PrintException.invalid("title", "title must not hold control characters");
    }
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(crs, "crs");
    if (dpi != 150 && dpi != 300) {
      throw PrintException.invalid("dpi", "dpi must be 150 or 300, was " + dpi);
    }
    bbox = crs.check(bbox);
    source = source == null || source.isBlank() ? SOURCE : source;
    printed = Objects.requireNonNull(printed, "printed");
  }

  /** Page width × height in pixels at the print's dpi. */
  public int widthPx() {
    return px(paper.width(landscape));
  }

  public int heightPx() {
    return px(paper.height(landscape));
  }

  private int px(double mm) {
    return (int) Math.round(mm / 25.4 * dpi);
  }

  /** Pixels of the page image (what a PNG print holds), to tell small prints from big ones. */
  public long pagePixels() {
    return (long) widthPx() * heightPx();
  }
}
