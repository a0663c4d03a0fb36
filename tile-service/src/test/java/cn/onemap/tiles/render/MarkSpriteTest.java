package cn.onemap.tiles.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.WellKnownMark;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Stamped sprites against the same marks drawn in place by Java2D, on an image that already holds
 * opaque, half-transparent and empty pixels.
 */
class MarkSpriteTest {
  static final int W = 120;
  static final int H = 60;

  static BufferedImage background() {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(40, 90, 200));
    g.fillRect(0, 0, W / 3, H); // opaque
    g.setColor(new Color(200, 40, 40, 100));
    g.fillRect(W / 3, 0, W / 3, H); // half transparent; the last third stays empty
    g.dispose();
    return img;
  }

  /** The marks at (x, y) drawn by Java2D in place (the renderer's path before sprites). */
  static BufferedImage direct(Graphic graphic, double[] xy) {
    BufferedImage img = background();
    Graphics2D g = img.createGraphics();
    MarkSprite.hints(g, true);
    if (graphic.opacity() < 1) {
      g.setComposite(
          AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) graphic.opacity()));
    }
    for (int i = 0; i < xy.length; i += 2) {
      AffineTransform t = AffineTransform.getTranslateInstance(xy[i], xy[i + 1]);
      t.rotate(Math.toRadians(graphic.rotation()));
      MarkSprite.draw(
          g,
          t.createTransformedShape(Marks.shape(graphic.mark().shape(), graphic.size())),
          graphic.mark());
    }
    g.dispose();
    return img;
  }

  static BufferedImage stamped(Graphic graphic, double[] xy) {
    BufferedImage img = background();
    MarkSprite sprite = MarkSprite.of(graphic, true, 1).orElseThrow();
    MarkSprite.Canvas canvas = MarkSprite.Canvas.of(img).orElseThrow();
    for (int i = 0; i < xy.length; i += 2) {
      sprite.stamp(canvas, xy[i], xy[i + 1]);
    }
    return img;
  }

  /** Largest channel difference, premultiplied (so colour noise under alpha ≈ 0 is ignored). */
  static int maxDiff(BufferedImage a, BufferedImage b) {
    int max = 0;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        max = Math.max(max, maxDiff(a, b, x, y));
      }
    }
    return max;
  }

  static int maxDiff(BufferedImage a, BufferedImage b, int x, int y) {
    return premultipliedDiff(a.getRGB(x, y), b.getRGB(x, y));
  }

  static int premultipliedDiff(int p, int q) {
    int pa = p >>> 24;
    int qa = q >>> 24;
    int max = Math.abs(pa - qa);
    for (int s = 0; s < 24; s += 8) {
      int pc = (p >>> s & 0xff) * pa / 255;
      int qc = (q >>> s & 0xff) * qa / 255;
      max = Math.max(max, Math.abs(pc - qc));
    }
    return max;
  }

  static Graphic graphic(WellKnownMark shape, double size, double rotation, double opacity) {
    return new Graphic(
        Mark.of(
            shape,
            new Fill(new Color(0x1E88E5), 0.9),
            Stroke.of(Color.WHITE, 1.5).withJoinCap(Stroke.Join.MITRE, Stroke.Cap.BUTT)),
        size,
        rotation,
        opacity);
  }

  @Test
  void matchesMarksDrawnInPlaceAtQuarterPixels() {
    // overlapping marks across the three backgrounds and over the image edges
    double[] xy = {
      0.25, 10, 12.5, 30.75, 14, 32, 39.75, 20.25, 41, 21.5, 60, 59.5, 85.25, 30, 86.5, 31, 119.75,
      0.5, 70.5, -3
    };
    for (WellKnownMark shape : WellKnownMark.values()) {
      for (double rotation : new double[] {0, 30}) {
        for (double opacity : new double[] {1, 0.6}) {
          Graphic g = graphic(shape, 9, rotation, opacity);
          assertThat(maxDiff(direct(g, xy), stamped(g, xy)))
              .as("%s rotated %s, opacity %s", shape, rotation, opacity)
              .isLessThanOrEqualTo(3);
        }
      }
    }
  }

  @Test
  void staysCloseAnywhereBetweenQuarterPixels() {
    SplittableRandom random = new SplittableRandom(4490);
    double[] xy = new double[80];
    for (int i = 0; i < xy.length; i += 2) {
      xy[i] = random.nextDouble(-5, W + 5);
      xy[i + 1] = random.nextDouble(-5, H + 5);
    }
    Graphic g = graphic(WellKnownMark.CIRCLE, 6, 0, 1);
    BufferedImage direct = direct(g, xy);
    BufferedImage stamped = stamped(g, xy);
    // at most 1/8 px off: edge pixels change by at most about an eighth of full coverage
    assertThat(maxDiff(direct, stamped)).isLessThanOrEqualTo(80);
    long differing = 0;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        if (maxDiff(direct, stamped, x, y) > GoldenImage.CHANNEL_DELTA) {
          differing++;
        }
      }
    }
    assertThat((double) differing / (W * H))
        .as("the golden-image criterion")
        .isLessThanOrEqualTo(GoldenImage.MAX_DIFF_FRACTION);
  }

  @Test
  void largeGraphicsAreNotSprited() {
    assertThat(MarkSprite.of(graphic(WellKnownMark.SQUARE, 60, 0, 1), true, 1)).isEmpty();
    assertThat(MarkSprite.of(graphic(WellKnownMark.SQUARE, 20, 0, 1), true, 1)).isPresent();
  }

  @Test
  void sourceOverMatchesJava2dOnEveryDestinationAlpha() {
    for (int da : new int[] {1, 60, 128, 254, 255}) {
      for (int sa : new int[] {1, 77, 200, 254}) {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        int dst = da << 24 | 0x3366cc;
        int src = sa << 24 | 0xee8811;
        img.setRGB(0, 0, dst);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(src, true));
        g.fillRect(0, 0, 1, 1);
        g.dispose();
        int expected = img.getRGB(0, 0);
        int actual = MarkSprite.over(src, sa, dst, da);
        assertThat(premultipliedDiff(expected, actual))
            .as("sa=%d da=%d: %08x vs %08x", sa, da, expected, actual)
            .isLessThanOrEqualTo(1);
      }
    }
  }
}
