package cn.onemap.ogc.print;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a print's page on a {@link PageCanvas}: title, map in its frame, north arrow, scale bar
 * with the scale, the notes (CRS, print date, as-of date, source) and the legend in columns (items
 * that do not fit are counted in a last line).
 */
final class PageComposer {
  static final Color INK = new Color(0x1a1a1a);
  static final Color GREY = new Color(0x555555);

  private final PageCanvas c;
  private final PageLayout l;
  private final double u;

  PageComposer(PageCanvas canvas, PageLayout layout) {
    this.c = canvas;
    this.l = layout;
    this.u = layout.unit();
  }

  /**
   * @param metresPerMm ground metres per millimetre of the map frame (at its centre)
   */
  void compose(PrintSpec spec, BufferedImage map, List<LegendItem> legends, double metresPerMm) {
    title(spec.title());
    PageLayout.Box f = l.frame();
    c.image(map, f.x(), f.y(), f.w(), f.h());
    c.rect(f.x(), f.y(), f.w(), f.h(), null, INK, 0.35 * u);
    info(spec, metresPerMm);
    legend(legends);
  }

  private void title(String title) {
    PageLayout.Box t = l.title();
    double size = c.fit(title, 20 * u, t.w());
    c.text(title, t.x() + t.w() / 2, t.y() + t.h() * 0.72, size, PageCanvas.Align.CENTER, INK);
    c.rect(t.x(), t.bottom(), t.w(), 0.01, null, INK, 0.5 * u);
  }

  private void info(PrintSpec spec, double metresPerMm) {
    PageLayout.Box b = l.info();
    c.rect(b.x(), b.y(), b.w(), b.h(), null, GREY, 0.2 * u);
    double pad = 3 * u;
    northArrow(b.right() - pad - 6 * u, b.y() + pad, 12 * u, 16 * u);
    double barMax = b.w() - 2 * pad - 16 * u;
    ScaleBar bar = ScaleBar.of(metresPerMm, barMax);
    double y = b.y() + pad + 5 * u;
    double x = b.x() + pad;
    double segment = bar.millimetres() / bar.segments();
    for (int i = 0; i < bar.segments(); i++) {
      c.rect(x + i * segment, y, segment, 2.2 * u, i % 2 == 0 ? INK : Color.WHITE, INK, 0.2 * u);
    }
    double small = 7 * u;
    c.text("0", x, y + 6 * u, small, PageCanvas.Align.LEFT, INK);
    c.text(bar.label(), x + bar.millimetres(), y + 6 * u, small, PageCanvas.Align.RIGHT, INK);
    String scale = String.format("比例尺 1:%,d", ScaleBar.denominator(metresPerMm));
    c.text(scale, x, y - 1.5 * u, small, PageCanvas.Align.LEFT, INK);

    double line = 5.2 * u;
    double ty = b.y() + 24 * u;
    double width = b.w() - 2 * pad;
    ty = note("坐标系：" + spec.crs().title(), x, ty, width, small);
    ty = note("制图日期：" + spec.printed(), x, ty + line, width, small);
    String asOf = spec.asOf() == null ? "现势（当前）" : spec.asOf() + "（历史状态）";
    ty = note("数据时间：" + asOf, x, ty + line, width, small);
    note("数据来源：" + spec.source(), x, ty + line, width, small);
  }

  private double note(String text, double x, double y, double width, double size) {
    c.text(text, x, y, c.fit(text, size, width), PageCanvas.Align.LEFT, INK);
    return y;
  }

  /** A north arrow: a split arrowhead with N above, in a {@code w}×{@code h} box centred at cx. */
  private void northArrow(double cx, double top, double w, double h) {
    double tip = top + h * 0.3;
    double base = top + h;
    double notch = top + h * 0.8;
    c.text("N", cx, top + h * 0.25, 9 * u, PageCanvas.Align.CENTER, INK);
    c.polygon(
        new double[] {cx, cx - w / 2, cx}, new double[] {tip, base, notch}, INK, INK, 0.2 * u);
    c.polygon(
        new double[] {cx, cx + w / 2, cx},
        new double[] {tip, base, notch},
        Color.WHITE,
        INK,
        0.2 * u);
  }

  /** Legend sizes tried, largest first: the first at which every item fits is used. */
  private static final double[] LEGEND_SCALES = {1, 0.85, 0.7, 0.55};

  private void legend(List<LegendItem> items) {
    PageLayout.Box b = l.legend();
    c.rect(b.x(), b.y(), b.w(), b.h(), null, GREY, 0.2 * u);
    double pad = 3 * u;
    c.text("图例", b.x() + pad, b.y() + pad + 3.5 * u, 10 * u, PageCanvas.Align.LEFT, INK);
    double scale = LEGEND_SCALES[LEGEND_SCALES.length - 1];
    for (double s : LEGEND_SCALES) {
      if (flow(items, b, s * u, false) == items.size()) {
        scale = s;
        break;
      }
    }
    int shown = flow(items, b, scale * u, true);
    if (shown < items.size()) {
      String more = "另有 " + (items.size() - shown) + " 个图层的图例未列出";
      c.text(more, b.x() + pad, b.bottom() - pad, 6.5 * u, left(), GREY);
    }
  }

  /**
   * Lays the items out top to bottom in columns as wide as the widest item at {@code scale}
   * (drawing them when {@code draw}); returns how many fit.
   */
  private int flow(List<LegendItem> items, PageLayout.Box b, double scale, boolean draw) {
    double pad = 3 * u;
    double top = b.y() + pad + 7 * u;
    double bottom = b.bottom() - pad - 4 * u;
    double inner = b.w() - 2 * pad;
    double widest = items.stream().mapToDouble(i -> i.widthMm() * scale).max().orElse(0);
    double column = Math.min(inner, Math.max(widest, 30 * u));
    double heading = 3.8 * scale;
    double x = b.x() + pad;
    double y = top;
    int shown = 0;
    for (LegendItem item : items) {
      double k = Math.min(scale, column / item.widthMm());
      double ih = item.heightMm() * k;
      if (y + heading + ih > bottom && y > top) {
        x += column + pad;
        y = top;
      }
      if (x + column > b.right() - pad + 0.01 || y + heading + Math.min(ih, 4 * u) > bottom) {
        break;
      }
      // A legend taller than the column is cut to what fits.
      double fits = Math.min(ih, bottom - y - heading);
      if (!draw && fits < ih) {
        break;
      }
      if (draw) {
        double size = c.fit(item.title(), 7.5 * scale, column);
        c.text(item.title(), x, y + 3 * scale, size, left(), INK);
        BufferedImage img = item.image();
        if (fits < ih) {
          int rows = Math.max(1, (int) (img.getHeight() * fits / ih));
          img = img.getSubimage(0, 0, img.getWidth(), rows);
        }
        c.image(img, x, y + heading, item.widthMm() * k, fits);
      }
      y += heading + fits + 1.5 * scale;
      shown++;
    }
    return shown;
  }

  private static PageCanvas.Align left() {
    return PageCanvas.Align.LEFT;
  }
}
