package cn.onemap.tiles.render;

import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.WellKnownMark;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A point graphic rasterized once, then stamped at every point: drawing a mark through Java2D costs
 * a shape, a transform and two antialiased rasterizations (fill, outline) per point, a stamp is a
 * few dozen pixel blends. The graphic is rendered with the same Java2D code, hints, colours and
 * opacity at {@value #PHASES}×{@value #PHASES} sub-pixel offsets, and each point gets the copy
 * nearest its exact position (at most 1/{@value #PHASES_TIMES_2} px off), so the result matches
 * drawing each mark in place: fill and outline are composed inside the sprite first, and as
 * source-over is associative, stamping the composed sprite gives the same pixels (up to rounding).
 *
 * <p>Sprites are immutable and shared between renders in a small cache keyed by graphic and
 * antialiasing; graphics wider than {@value #MAX_SIZE} px are not sprited (see {@link #of}).
 */
final class MarkSprite {
  static final int PHASES = 8;
  static final int PHASES_TIMES_2 = 2 * PHASES;
  static final int MAX_SIZE = 64;
  private static final int CACHE_LIMIT = 256;
  private static final Map<Key, MarkSprite> CACHE = new ConcurrentHashMap<>();

  private record Key(Graphic graphic, boolean antialias, double ratio) {}

  /** Pixels from the sprite's left/top edge to the mark's centre at phase 0. */
  private final int radius;

  private final int side;

  /** Non-premultiplied ARGB, one side×side array per phase (y phase major). */
  private final int[][] phases;

  /**
   * Per phase and row, the first and one past the last painted column (first == end: nothing), so
   * stamping skips the transparent corners.
   */
  private final int[][] spans;

  private MarkSprite(int radius, int side, int[][] phases) {
    this.radius = radius;
    this.side = side;
    this.phases = phases;
    this.spans = new int[phases.length][];
    for (int p = 0; p < phases.length; p++) {
      int[] span = new int[2 * side];
      for (int y = 0; y < side; y++) {
        int first = side;
        int end = 0;
        for (int x = 0; x < side; x++) {
          if (phases[p][y * side + x] >>> 24 != 0) {
            first = Math.min(first, x);
            end = x + 1;
          }
        }
        span[2 * y] = Math.min(first, end);
        span[2 * y + 1] = end;
      }
      spans[p] = span;
    }
  }

  /**
   * The sprite of {@code graphic} drawn {@code ratio} image pixels per standard pixel (a render at
   * a higher dpi); empty when it is too large to be worth keeping.
   */
  static Optional<MarkSprite> of(Graphic graphic, boolean antialias, double ratio) {
    double reach = reach(graphic) * ratio;
    if (2 * reach > MAX_SIZE) {
      return Optional.empty();
    }
    Key key = new Key(graphic, antialias, ratio);
    MarkSprite sprite = CACHE.get(key);
    if (sprite == null) {
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      sprite = render(graphic, antialias, reach, ratio);
      CACHE.put(key, sprite);
    }
    return Optional.of(sprite);
  }

  /** How far from its centre the graphic can paint: half its (rotated) box plus the outline. */
  private static double reach(Graphic graphic) {
    double stroke = graphic.mark().stroke().map(s -> s.width()).orElse(0.0);
    // a rotated square reaches sqrt(2) times its half side; the mitre joins of pointed marks
    // (triangle, star, cross) reach up to the mitre limit (10) times half the stroke width
    WellKnownMark shape = graphic.mark().shape();
    boolean blunt = shape == WellKnownMark.CIRCLE || shape == WellKnownMark.SQUARE;
    return graphic.size() / 2 * Math.sqrt(2) + (blunt ? stroke : 5 * stroke) + 2;
  }

  private static MarkSprite render(Graphic graphic, boolean antialias, double reach, double ratio) {
    int radius = (int) Math.ceil(reach);
    int side = 2 * radius + 2;
    Shape mark = Marks.shape(graphic.mark().shape(), graphic.size());
    int[][] phases = new int[PHASES * PHASES][];
    for (int py = 0; py < PHASES; py++) {
      for (int px = 0; px < PHASES; px++) {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
          hints(g, antialias);
          if (graphic.opacity() < 1) {
            // on each part, as when drawn in place: (dst over a·fill) over a·outline equals
            // dst over (a·fill over a·outline), the sprite
            g.setComposite(
                AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) graphic.opacity()));
          }
          if (ratio != 1) {
            g.scale(ratio, ratio); // strokes and dashes scale too
          }
          AffineTransform t =
              AffineTransform.getTranslateInstance(
                  (radius + (double) px / PHASES) / ratio, (radius + (double) py / PHASES) / ratio);
          t.rotate(Math.toRadians(graphic.rotation()));
          draw(g, t.createTransformedShape(mark), graphic.mark());
        } finally {
          g.dispose();
        }
        phases[py * PHASES + px] = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
      }
    }
    return new MarkSprite(radius, side, phases);
  }

  static void hints(Graphics2D g, boolean antialias) {
    g.setRenderingHint(
        RenderingHints.KEY_ANTIALIASING,
        antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setComposite(AlphaComposite.SrcOver);
  }

  /** Fill, then outline: the same drawing as a mark drawn in place. */
  static void draw(Graphics2D g, Shape shape, Mark mark) {
    mark.fill()
        .ifPresent(
            f -> {
              g.setPaint(f.paint());
              g.fill(shape);
            });
    mark.stroke()
        .ifPresent(
            st -> {
              g.setPaint(st.paint());
              g.setStroke(st.awtStroke());
              g.draw(shape);
            });
  }

  /**
   * Stamps the sprite centred at screen position ({@code x}, {@code y}) onto a non-premultiplied
   * ARGB pixel array, source-over, clipped to the image.
   */
  void stamp(Canvas canvas, double x, double y) {
    if (!(Math.abs(x) < 1e9 && Math.abs(y) < 1e9)) {
      return; // NaN or absurdly far: nothing to draw
    }
    long qx = Math.round(x * PHASES);
    long qy = Math.round(y * PHASES);
    long left = Math.floorDiv(qx, PHASES) - radius;
    long top = Math.floorDiv(qy, PHASES) - radius;
    int phase = (int) Math.floorMod(qy, PHASES) * PHASES + (int) Math.floorMod(qx, PHASES);
    int[] src = phases[phase];
    int[] span = spans[phase];
    int x0 = (int) Math.max(0, -left);
    int y0 = (int) Math.max(0, -top);
    int x1 = (int) Math.min(side, canvas.width() - left);
    int y1 = (int) Math.min(side, canvas.height() - top);
    int[] dst = canvas.pixels();
    for (int sy = y0; sy < y1; sy++) {
      int s = sy * side;
      int d = canvas.offset() + (int) (top + sy) * canvas.stride() + (int) left;
      int end = Math.min(x1, span[2 * sy + 1]);
      for (int sx = Math.max(x0, span[2 * sy]); sx < end; sx++) {
        int sp = src[s + sx];
        int sa = sp >>> 24;
        if (sa == 0) {
          continue;
        }
        int dp = dst[d + sx];
        int da = dp >>> 24;
        dst[d + sx] = sa == 255 || da == 0 ? sp : over(sp, sa, dp, da);
      }
    }
  }

  /** Source-over of two non-premultiplied ARGB pixels, 0 &lt; sa &lt; 255, da &gt; 0. */
  static int over(int sp, int sa, int dp, int da) {
    int inv = 255 - sa;
    if (da == 255) {
      int r = div255((sp >> 16 & 0xff) * sa + (dp >> 16 & 0xff) * inv);
      int gr = div255((sp >> 8 & 0xff) * sa + (dp >> 8 & 0xff) * inv);
      int b = div255((sp & 0xff) * sa + (dp & 0xff) * inv);
      return 0xff000000 | r << 16 | gr << 8 | b;
    }
    int dw = div255(da * inv); // destination weight, premultiplied
    int oa = sa + dw;
    int r = ((sp >> 16 & 0xff) * sa + (dp >> 16 & 0xff) * dw + oa / 2) / oa;
    int gr = ((sp >> 8 & 0xff) * sa + (dp >> 8 & 0xff) * dw + oa / 2) / oa;
    int b = ((sp & 0xff) * sa + (dp & 0xff) * dw + oa / 2) / oa;
    return oa << 24 | r << 16 | gr << 8 | b;
  }

  private static int div255(int v) {
    return (v + 128 + ((v + 128) >> 8)) >> 8;
  }

  /** The pixel array of a {@code TYPE_INT_ARGB} image, for stamping. */
  record Canvas(int[] pixels, int offset, int stride, int width, int height) {

    /** The image's pixels, or empty when its layout is not a plain ARGB int array. */
    static Optional<Canvas> of(BufferedImage image) {
      if (image.getType() == BufferedImage.TYPE_INT_ARGB
          && image.getRaster().getParent() == null
          && image.getRaster().getDataBuffer() instanceof DataBufferInt db
          && db.getNumBanks() == 1
          && image.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm) {
        return Optional.of(
            new Canvas(
                db.getData(),
                db.getOffset(),
                sm.getScanlineStride(),
                image.getWidth(),
                image.getHeight()));
      }
      return Optional.empty();
    }
  }
}
