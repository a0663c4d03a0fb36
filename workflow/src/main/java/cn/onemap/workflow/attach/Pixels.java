package cn.onemap.workflow.attach;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Pixel work of {@link PhotoIntake}: downscaling, EXIF orientation, JPEG encoding. */
final class Pixels {
  private Pixels() {}

  /**
   * An opaque RGB copy of {@code src} whose longest side is at most {@code maxSide} (never
   * enlarged); transparency is flattened onto white. Shrinks by halves with bilinear filtering,
   * then once to the final size, which keeps fine detail better than one bilinear step.
   */
  static BufferedImage fit(BufferedImage src, int maxSide) {
    int w = src.getWidth();
    int h = src.getHeight();
    double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
    int targetW = Math.max(1, (int) Math.round(w * scale));
    int targetH = Math.max(1, (int) Math.round(h * scale));
    BufferedImage current = src;
    do {
      int nextW = Math.max(targetW, current.getWidth() / 2);
      int nextH = Math.max(targetH, current.getHeight() / 2);
      current = draw(current, nextW, nextH);
    } while (current.getWidth() != targetW || current.getHeight() != targetH);
    return current;
  }

  private static BufferedImage draw(BufferedImage src, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(src, 0, 0, w, h, Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * The image as it should be displayed for EXIF Orientation {@code o} (1 = as stored, 2 =
   * mirrored, 3 = 180°, 4 = flipped, 5 = transposed, 6 = turn 90° clockwise, 7 = transversed, 8 =
   * turn 90° anticlockwise). Orientations 5..8 swap width and height.
   */
  static BufferedImage orient(BufferedImage src, int o) {
    if (o == 1) {
      return src;
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = o >= 5;
    int dw = swap ? h : w;
    int[] in = src.getRGB(0, 0, w, h, null, 0, w);
    int[] out = new int[in.length];
    for (int sy = 0; sy < h; sy++) {
      for (int sx = 0; sx < w; sx++) {
        int dx;
        int dy;
        switch (o) {
          case 2 -> {
            dx = w - 1 - sx;
            dy = sy;
          }
          case 3 -> {
            dx = w - 1 - sx;
            dy = h - 1 - sy;
          }
          case 4 -> {
            dx = sx;
            dy = h - 1 - sy;
          }
          case 5 -> {
            dx = sy;
            dy = sx;
          }
          case 6 -> {
            dx = h - 1 - sy;
            dy = sx;
          }
          case 7 -> {
            dx = h - 1 - sy;
            dy = w - 1 - sx;
          }
          case 8 -> {
            dx = sy;
            dy = w - 1 - sx;
          }
          default -> throw new IllegalArgumentException("EXIF orientation " + o + " is not 1..8");
        }
        out[dy * dw + dx] = in[sy * w + sx];
      }
    }
    BufferedImage result = new BufferedImage(dw, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    result.setRGB(0, 0, dw, swap ? w : h, out, 0, dw);
    return result;
  }

  /** Baseline JPEG at {@code quality} (0..1) with no metadata beyond the JFIF header. */
  static byte[] jpeg(BufferedImage rgb, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var bytes = new ByteArrayOutputStream();
    try (var out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
