package cn.onemap.ogc.print;

/**
 * Where things go on the page, in mm from the top-left: a title band across the top, the map frame
 * under it, and a panel (legend, scale bar, north arrow, notes) to the right of the map on a
 * landscape page or below it on a portrait one. Sizes grow with the paper ({@link #unit}: 1 on A4,
 * √2 on A3, so an A3 print is an enlarged A4).
 */
record PageLayout(
    double width,
    double height,
    double unit,
    Box title,
    Box frame,
    Box info,
    Box legend,
    boolean landscape) {

  /** A rectangle in mm. */
  record Box(double x, double y, double w, double h) {
    double right() {
      return x + w;
    }

    double bottom() {
      return y + h;
    }
  }

  static PageLayout of(Paper paper, boolean landscape) {
    double w = paper.width(landscape);
    double h = paper.height(landscape);
    double u = paper == Paper.A3 ? Math.sqrt(2) : 1;
    double margin = 10 * u;
    double gap = 4 * u;
    Box title = new Box(margin, margin, w - 2 * margin, 13 * u);
    double top = title.bottom() + gap / 2;
    if (landscape) {
      double panel = 62 * u;
      Box frame = new Box(margin, top, w - 2 * margin - panel - gap, h - margin - top);
      double px = frame.right() + gap;
      Box info = new Box(px, top, panel, 44 * u);
      Box legend = new Box(px, info.bottom() + gap, panel, h - margin - info.bottom() - gap);
      return new PageLayout(w, h, u, title, frame, info, legend, true);
    }
    double panel = 50 * u;
    Box frame = new Box(margin, top, w - 2 * margin, h - margin - top - panel - gap);
    double py = frame.bottom() + gap;
    double infoWidth = 72 * u;
    Box info = new Box(w - margin - infoWidth, py, infoWidth, panel);
    Box legend = new Box(margin, py, info.x() - gap - margin, panel);
    return new PageLayout(w, h, u, title, frame, info, legend, false);
  }
}
