package cn.onemap.tiles.render;

import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Draws one geometry (in map-CRS coordinates) with one geometry symbolizer. Coordinates go to
 * screen space through JTS's {@link ShapeWriter}, which drops vertices closer than {@value
 * #DECIMATION_PX} px to the previous one: the screen-space simplification that keeps dense geometry
 * cheap at small scales without changing what is visible.
 */
final class FeaturePainter {
  static final double DECIMATION_PX = 0.5;

  private final Graphics2D g;
  private final Viewport viewport;
  private final double ratio;
  private final int imageWidth;
  private final int imageHeight;
  private final ShapeWriter writer;
  private final Optional<MarkSprite.Canvas> canvas;
  private final boolean antialias;
  private final Envelope labelArea;
  // the sprites of the graphics drawn so far, by identity: a style has only a few
  private Graphic[] spriteKeys = new Graphic[8];
  private MarkSprite[] spriteValues = new MarkSprite[8];
  private int spriteCount;
  // heat map surfaces of the current pass, by symbolizer identity (a pass has one or two)
  private final java.util.Map<cn.onemap.tiles.style.HeatmapSymbolizer, HeatSurface> heat =
      new java.util.IdentityHashMap<>();

  /**
   * @param g draws into {@code image} in standard pixels: scaled by {@code ratio}, without clip
   * @param image the map image: point graphics are stamped straight into its pixels when it is
   *     {@code TYPE_INT_ARGB}, from sprites drawn at its resolution
   * @param ratio image pixels per standard pixel (the render's dpi / {@link
   *     RenderRequest#STANDARD_DPI})
   */
  FeaturePainter(
      Graphics2D g,
      BufferedImage image,
      Viewport viewport,
      double ratio,
      boolean antialias,
      int labelBuffer) {
    this.g = g;
    this.viewport = viewport;
    this.ratio = ratio;
    this.imageWidth = image.getWidth();
    this.imageHeight = image.getHeight();
    this.labelArea = new Envelope(viewport.bbox());
    labelArea.expandBy(labelBuffer / viewport.scaleX(), labelBuffer / viewport.scaleY());
    this.canvas = MarkSprite.Canvas.of(image);
    this.antialias = antialias;
    this.writer = new ShapeWriter(viewport);
    // JTS takes the decimation distance in model (map CRS) units, not pixels; image pixels
    writer.setDecimation(
        DECIMATION_PX / ratio * Math.min(1 / viewport.scaleX(), 1 / viewport.scaleY()));
    writer.setRemoveDuplicatePoints(true);
  }

  void polygon(Geometry geom, PolygonSymbolizer s) {
    if (!(geom instanceof Polygonal)) {
      return; // points and lines have no area to fill
    }
    Shape shape = writer.toShape(geom);
    s.fill()
        .ifPresent(
            f -> {
              g.setPaint(f.paint());
              g.fill(shape);
            });
    s.stroke()
        .ifPresent(
            st -> {
              g.setPaint(st.paint());
              g.setStroke(st.awtStroke());
              g.draw(shape);
            });
  }

  void line(Geometry geom, LineSymbolizer s) {
    if (geom instanceof Point || geom.getDimension() == 0) {
      return;
    }
    // for polygons this strokes the rings, as SLD specifies for a LineSymbolizer on areas
    g.setPaint(s.stroke().paint());
    g.setStroke(s.stroke().awtStroke());
    g.draw(writer.toShape(geom));
  }

  void point(Geometry geom, PointSymbolizer s) {
    Graphic graphic = s.graphic();
    MarkSprite m = canvas.isEmpty() ? null : sprite(graphic);
    if (m != null) {
      if (geom instanceof Point p) {
        Coordinate c = p.getCoordinate();
        m.stamp(canvas.get(), viewport.screenX(c.x) * ratio, viewport.screenY(c.y) * ratio);
      } else {
        for (Point2D p : anchors(geom)) {
          m.stamp(canvas.get(), p.getX() * ratio, p.getY() * ratio);
        }
      }
      return;
    }
    Shape mark = Marks.shape(graphic.mark().shape(), graphic.size());
    Composite before = g.getComposite();
    if (graphic.opacity() < 1) {
      g.setComposite(
          AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) graphic.opacity()));
    }
    for (Point2D p : anchors(geom)) {
      AffineTransform t = AffineTransform.getTranslateInstance(p.getX(), p.getY());
      t.rotate(Math.toRadians(graphic.rotation()));
      MarkSprite.draw(g, t.createTransformedShape(mark), graphic.mark());
    }
    g.setComposite(before);
  }

  /** Adds the points of {@code geom} (anchors as for point graphics) to the heat map surface. */
  void heat(Geometry geom, cn.onemap.tiles.style.HeatmapSymbolizer s, double weight) {
    HeatSurface surface =
        heat.computeIfAbsent(s, k -> new HeatSurface(k, imageWidth, imageHeight, ratio));
    if (geom instanceof Point p) {
      Coordinate c = p.getCoordinate();
      surface.add(viewport.screenX(c.x) * ratio, viewport.screenY(c.y) * ratio, weight);
      return;
    }
    for (Point2D p : anchors(geom)) {
      surface.add(p.getX() * ratio, p.getY() * ratio, weight);
    }
  }

  /** Draws and drops the heat map surfaces collected so far (at the end of a pass). */
  void paintHeat() {
    for (HeatSurface surface : heat.values()) {
      surface.paint(g);
    }
    heat.clear();
  }

  /** The sprite of {@code graphic}, or null when it is drawn in place. */
  private MarkSprite sprite(Graphic graphic) {
    for (int i = 0; i < spriteCount; i++) {
      if (spriteKeys[i] == graphic) {
        return spriteValues[i];
      }
    }
    if (spriteCount == spriteKeys.length) {
      spriteKeys = Arrays.copyOf(spriteKeys, 2 * spriteCount);
      spriteValues = Arrays.copyOf(spriteValues, 2 * spriteCount);
    }
    spriteKeys[spriteCount] = graphic;
    spriteValues[spriteCount] = MarkSprite.of(graphic, antialias, ratio).orElse(null);
    return spriteValues[spriteCount++];
  }

  /** Screen points where point graphics go: each point, line middles, polygon interior points. */
  List<Point2D> anchors(Geometry geom) {
    List<Point2D> out = new ArrayList<>();
    for (int i = 0; i < geom.getNumGeometries(); i++) {
      Geometry part = geom.getGeometryN(i);
      if (part.isEmpty()) {
        continue;
      }
      Coordinate c;
      if (part instanceof Point p) {
        c = p.getCoordinate();
      } else if (part instanceof Lineal) {
        c = new LengthIndexedLine(part).extractPoint(part.getLength() / 2);
      } else {
        c = part.getInteriorPoint().getCoordinate();
      }
      out.add(viewport.toScreen(c.x, c.y));
    }
    return out;
  }

  /** The longest line of {@code geom} as a screen polyline (x0,y0,x1,y1…), or null. */
  double[] screenPath(Geometry geom) {
    Geometry clipped = clipToView(geom);
    LineString longest = null;
    for (int i = 0; i < clipped.getNumGeometries(); i++) {
      if (clipped.getGeometryN(i) instanceof LineString l
          && (longest == null || l.getLength() > longest.getLength())) {
        longest = l;
      }
    }
    if (longest == null || longest.getNumPoints() < 2) {
      return null;
    }
    double[] xy = new double[longest.getNumPoints() * 2];
    for (int i = 0; i < longest.getNumPoints(); i++) {
      Point2D p = viewport.toScreen(longest.getCoordinateN(i).x, longest.getCoordinateN(i).y);
      xy[2 * i] = p.getX();
      xy[2 * i + 1] = p.getY();
    }
    return xy;
  }

  /**
   * The part of a line inside the view (grown by the label buffer), so a street crossing the map
   * edge is labelled at the middle of its visible part (as GeoServer does); the unclipped line when
   * the overlay fails.
   */
  private Geometry clipToView(Geometry geom) {
    if (labelArea.contains(geom.getEnvelopeInternal())) {
      return geom;
    }
    try {
      return geom.intersection(geom.getFactory().toGeometry(labelArea));
    } catch (RuntimeException e) {
      return geom;
    }
  }
}
