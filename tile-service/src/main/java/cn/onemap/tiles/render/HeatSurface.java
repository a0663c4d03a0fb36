package cn.onemap.tiles.render;

import cn.onemap.tiles.style.HeatmapSymbolizer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The kernel density surface of one heat map symbolizer over the image, in image pixels: points add
 * a quartic (biweight) kernel {@code w·(1 − d²/r²)²} of the symbolizer's radius (standard pixels,
 * times the render's pixel ratio); {@link #paint} normalises the surface by its maximum and draws
 * it through the colour ramp, pixel for pixel. Points outside the image still add their part (the
 * render reads a radius-wide margin). Cost: r² per point.
 */
final class HeatSurface {
  private final HeatmapSymbolizer symbolizer;
  private final int width;
  private final int height;
  private final float[] density;
  private final float[] kernel;
  private final int radius;

  HeatSurface(HeatmapSymbolizer symbolizer, int width, int height, double ratio) {
    this.symbolizer = symbolizer;
    this.width = width;
    this.height = height;
    this.density = new float[width * height];
    double r = symbolizer.radiusPx() * ratio;
    this.radius = (int) Math.ceil(r);
    int size = 2 * radius + 1;
    this.kernel = new float[size * size];
    double r2 = r * r;
    for (int dy = -radius; dy <= radius; dy++) {
      for (int dx = -radius; dx <= radius; dx++) {
        double q = 1 - (dx * dx + dy * dy) / r2;
        kernel[(dy + radius) * size + dx + radius] = q > 0 ? (float) (q * q) : 0f;
      }
    }
  }

  HeatmapSymbolizer symbolizer() {
    return symbolizer;
  }

  /** Adds a point at image pixel (x, y) with weight {@code w} (ignored unless &gt; 0). */
  void add(double x, double y, double w) {
    if (!(w > 0) || !Double.isFinite(w)) {
      return;
    }
    int cx = (int) Math.floor(x);
    int cy = (int) Math.floor(y);
    int size = 2 * radius + 1;
    int y0 = Math.max(0, cy - radius);
    int y1 = Math.min(height - 1, cy + radius);
    int x0 = Math.max(0, cx - radius);
    int x1 = Math.min(width - 1, cx + radius);
    float fw = (float) w;
    for (int py = y0; py <= y1; py++) {
      int krow = (py - cy + radius) * size + radius - cx;
      int row = py * width;
      for (int px = x0; px <= x1; px++) {
        density[row + px] += fw * kernel[krow + px];
      }
    }
  }

  /** Draws the normalised surface onto the image's pixels, whatever {@code g}'s transform. */
  void paint(Graphics2D g) {
    float max = 0;
    for (float d : density) {
      max = Math.max(max, d);
    }
    if (max <= 0) {
      return;
    }
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    int[] lut = new int[1024];
    for (int i = 0; i < lut.length; i++) {
      lut[i] = symbolizer.argb(i / (double) (lut.length - 1));
    }
    int[] argb = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float d = density[y * width + x];
        argb[x] = d <= 0 ? 0 : lut[Math.round(d / max * (lut.length - 1))];
      }
      img.setRGB(0, y, width, 1, argb, 0, width);
    }
    java.awt.geom.AffineTransform before = g.getTransform();
    g.setTransform(new java.awt.geom.AffineTransform());
    g.drawImage(img, 0, 0, null);
    g.setTransform(before);
  }
}
