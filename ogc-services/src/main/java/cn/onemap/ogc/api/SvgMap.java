package cn.onemap.ogc.api;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A small inline SVG map of a page's features (longitude/latitude geometries), drawn on the server
 * so the HTML needs no script, no tile server and no CDN, and passes a {@code default-src 'self'}
 * content security policy. Longitudes are scaled by cos(latitude) so shapes keep their proportions
 * at Meizhou's 24°N. Geometries are simplified to about one pixel, which bounds the page size.
 */
final class SvgMap {
  static final int WIDTH = 480;
  static final int HEIGHT = 320;
  private static final int PAD = 8;

  private static final int MIN_HEIGHT = 160;

  private final Envelope world;
  private final double scale;
  private final double xStretch;
  private final int height;
  private final StringBuilder svg = new StringBuilder();

  private SvgMap(Envelope extent) {
    Envelope e = new Envelope(extent);
    if (e.getWidth() == 0 && e.getHeight() == 0) {
      e.expandBy(0.005); // one point: show its surroundings (~500 m)
    } else {
      e.expandBy(e.getWidth() * 0.05, e.getHeight() * 0.05);
    }
    double mid = Math.toRadians((e.getMinY() + e.getMaxY()) / 2);
    this.xStretch = Math.max(0.1, Math.cos(mid));
    double w = Math.max(e.getWidth() * xStretch, 1e-9);
    double h = Math.max(e.getHeight(), 1e-9);
    this.scale = Math.min((WIDTH - 2 * PAD) / w, (HEIGHT - 2 * PAD) / h);
    // A wide extent gets a lower map rather than empty bands above and below.
    this.height = (int) Math.max(MIN_HEIGHT, Math.min(HEIGHT, Math.ceil(h * scale + 2 * PAD)));
    this.world = e;
  }

  /** The SVG element for the geometries; empty when there are none. */
  static String of(List<Geometry> geometries) {
    Envelope extent = new Envelope();
    geometries.forEach(g -> extent.expandToInclude(g.getEnvelopeInternal()));
    if (extent.isNull()) {
      return "";
    }
    SvgMap map = new SvgMap(extent);
    map.svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"要素分布图\">"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#f4f6f8\"/>",
            WIDTH,
            map.height));
    double tolerance = 1 / map.scale;
    for (Geometry g : geometries) {
      map.draw(g.getDimension() == 0 ? g : DouglasPeuckerSimplifier.simplify(g, tolerance));
    }
    return map.svg.append("</svg>").toString();
  }

  private void draw(Geometry g) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Point p && !p.isEmpty()) {
        svg.append("<circle r=\"4\" fill=\"#d9480f\" stroke=\"#fff\" stroke-width=\"1\" ")
            .append(
                String.format(Locale.ROOT, "cx=\"%.1f\" cy=\"%.1f\"/>", x(p.getX()), y(p.getY())));
      } else if (part instanceof Polygon poly && !poly.isEmpty()) {
        var d = new StringBuilder();
        ring(d, poly.getExteriorRing());
        for (int r = 0; r < poly.getNumInteriorRing(); r++) {
          ring(d, poly.getInteriorRingN(r));
        }
        svg.append("<path fill=\"#1c7ed6\" fill-opacity=\"0.35\" fill-rule=\"evenodd\"")
            .append(" stroke=\"#1864ab\" stroke-width=\"1\" d=\"")
            .append(d)
            .append("\"/>");
      } else if (part instanceof LineString line && !line.isEmpty()) {
        var d = new StringBuilder();
        path(d, line.getCoordinates());
        svg.append("<path fill=\"none\" stroke=\"#2b8a3e\" stroke-width=\"1.5\" d=\"")
            .append(d)
            .append("\"/>");
      }
    }
  }

  private void ring(StringBuilder d, LineString ring) {
    path(d, ring.getCoordinates());
    d.append('Z');
  }

  private void path(StringBuilder d, Coordinate[] cs) {
    for (int i = 0; i < cs.length; i++) {
      d.append(i == 0 ? 'M' : 'L')
          .append(String.format(Locale.ROOT, "%.1f %.1f", x(cs[i].x), y(cs[i].y)));
    }
  }

  private double x(double lon) {
    double used = world.getWidth() * xStretch * scale;
    return (WIDTH - used) / 2 + (lon - world.getMinX()) * xStretch * scale;
  }

  private double y(double lat) {
    double used = world.getHeight() * scale;
    return (height - used) / 2 + (world.getMaxY() - lat) * scale;
  }
}
