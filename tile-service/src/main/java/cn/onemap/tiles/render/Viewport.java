package cn.onemap.tiles.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Maps map-CRS coordinates to standard (style) pixels: the bbox fills the image (WMS stretches a
 * bbox whose aspect differs), y grows downward. Pixel (0,0) is the top-left corner of the top-left
 * pixel. {@code width} and {@code height} are the image's size in standard pixels: its pixel size
 * divided by the render's {@link RenderRequest#pixelRatio()} (the graphics scale by that ratio).
 */
record Viewport(Envelope bbox, double width, double height) implements PointTransformation {

  double scaleX() {
    return width / bbox.getWidth();
  }

  double scaleY() {
    return height / bbox.getHeight();
  }

  /** Map units per pixel (the larger of the two axes). */
  double pixelSize() {
    return Math.max(bbox.getWidth() / width, bbox.getHeight() / height);
  }

  @Override
  public void transform(Coordinate src, Point2D dest) {
    dest.setLocation((src.x - bbox.getMinX()) * scaleX(), (bbox.getMaxY() - src.y) * scaleY());
  }

  double screenX(double x) {
    return (x - bbox.getMinX()) * scaleX();
  }

  double screenY(double y) {
    return (bbox.getMaxY() - y) * scaleY();
  }

  Point2D toScreen(double x, double y) {
    return new Point2D.Double((x - bbox.getMinX()) * scaleX(), (bbox.getMaxY() - y) * scaleY());
  }

  AffineTransform affine() {
    AffineTransform t = new AffineTransform();
    t.scale(scaleX(), -scaleY());
    t.translate(-bbox.getMinX(), -bbox.getMaxY());
    return t;
  }
}
