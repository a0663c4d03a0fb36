package cn.onemap.tiles.render;

import cn.onemap.tiles.style.WellKnownMark;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Well-known mark outlines centred on the origin, fitting a box of {@code size} pixels. */
final class Marks {
  private Marks() {}

  static Shape shape(WellKnownMark mark, double size) {
    double h = size / 2;
    return switch (mark) {
      case SQUARE -> new Rectangle2D.Double(-h, -h, size, size);
      case CIRCLE -> new Ellipse2D.Double(-h, -h, size, size);
      case TRIANGLE -> polygon(new double[] {0, -h, h, h, -h, h});
      case STAR -> star(h);
      case CROSS -> {
        double t = size / 10; // arm half-thickness: a fifth of the size, GeoServer-like
        yield polygon(
            new double[] {
              -t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t, -t
            });
      }
      case X -> {
        Path2D.Double p = (Path2D.Double) shape(WellKnownMark.CROSS, size);
        p.transform(java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4));
        yield p;
      }
    };
  }

  private static Shape star(double outer) {
    double inner = outer * 0.382; // regular five-pointed star
    double[] xy = new double[20];
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? outer : inner;
      double a = -Math.PI / 2 + i * Math.PI / 5;
      xy[2 * i] = r * Math.cos(a);
      xy[2 * i + 1] = r * Math.sin(a);
    }
    return polygon(xy);
  }

  private static Path2D.Double polygon(double[] xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }
}
