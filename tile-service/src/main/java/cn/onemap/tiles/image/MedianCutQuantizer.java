package cn.onemap.tiles.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Reduces an ARGB image to an 8-bit paletted one. Pixels with alpha &lt; 128 map to palette entry 0
 * (fully transparent); the others are treated as opaque. An image with at most 255 distinct opaque
 * colours (typical for flat map styling without antialiasing) keeps them exactly; otherwise colours
 * are binned to 5 bits per channel and split by median cut (largest-population box along its widest
 * channel) into 255 boxes whose weighted means form the palette.
 */
public final class MedianCutQuantizer {
  private static final int MAX_COLOURS = 255; // + the transparent entry

  private MedianCutQuantizer() {}

  public static BufferedImage quantize(BufferedImage src) {
    int w = src.getWidth();
    int h = src.getHeight();
    int[] argb = src.getRGB(0, 0, w, h, null, 0, w);
    Map<Integer, Integer> exact = distinct(argb);
    int[] palette;
    java.util.function.IntUnaryOperator index;
    if (exact != null) {
      palette = new int[exact.size()];
      Map<Integer, Integer> slot = new HashMap<>();
      int i = 0;
      for (int rgb : exact.keySet()) {
        palette[i] = rgb;
        slot.put(rgb, i + 1);
        i++;
      }
      index = rgb -> slot.get(rgb & 0xffffff);
    } else {
      int[] histogram = new int[1 << 15];
      for (int p : argb) {
        if ((p >>> 24) >= 128) {
          histogram[bin(p)]++;
        }
      }
      palette = medianCut(histogram);
      int[] lookup = nearestLookup(histogram, palette);
      index = rgb -> lookup[bin(rgb)] + 1;
    }
    byte[] r = new byte[palette.length + 1];
    byte[] g = new byte[palette.length + 1];
    byte[] b = new byte[palette.length + 1];
    byte[] a = new byte[palette.length + 1];
    for (int i = 0; i < palette.length; i++) {
      r[i + 1] = (byte) (palette[i] >> 16);
      g[i + 1] = (byte) (palette[i] >> 8);
      b[i + 1] = (byte) palette[i];
      a[i + 1] = (byte) 255;
    }
    IndexColorModel cm = new IndexColorModel(8, palette.length + 1, r, g, b, a);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, cm);
    WritableRaster raster = out.getRaster();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = argb[y * w + x];
        row[x] = (p >>> 24) < 128 ? 0 : index.applyAsInt(p);
      }
      raster.setPixels(0, y, w, 1, row);
    }
    return out;
  }

  /** Distinct opaque RGB colours with counts, or null when there are more than 255. */
  private static Map<Integer, Integer> distinct(int[] argb) {
    Map<Integer, Integer> seen = new java.util.LinkedHashMap<>();
    for (int p : argb) {
      if ((p >>> 24) >= 128) {
        seen.merge(p & 0xffffff, 1, Integer::sum);
        if (seen.size() > MAX_COLOURS) {
          return null;
        }
      }
    }
    return seen;
  }

  private static int bin(int argb) {
    return ((argb >> 19) & 0x1f) << 10 | ((argb >> 11) & 0x1f) << 5 | ((argb >> 3) & 0x1f);
  }

  /** A box of histogram bins. */
  private record Box(List<Integer> bins, long population) {}

  private static int[] medianCut(int[] histogram) {
    List<Integer> all = new ArrayList<>();
    long population = 0;
    for (int i = 0; i < histogram.length; i++) {
      if (histogram[i] > 0) {
        all.add(i);
        population += histogram[i];
      }
    }
    PriorityQueue<Box> queue =
        new PriorityQueue<>(Comparator.comparingLong(Box::population).reversed());
    List<Box> done = new ArrayList<>();
    queue.add(new Box(all, population));
    while (!queue.isEmpty() && queue.size() + done.size() < MAX_COLOURS) {
      Box box = queue.poll();
      if (box.bins().size() < 2) {
        done.add(box);
        continue;
      }
      int channel = widestChannel(box.bins());
      List<Integer> sorted = new ArrayList<>(box.bins());
      sorted.sort(Comparator.comparingInt(bin -> channel(bin, channel)));
      long half = box.population() / 2;
      long acc = 0;
      int cut = 1;
      for (int i = 0; i < sorted.size() - 1; i++) {
        acc += histogram[sorted.get(i)];
        cut = i + 1;
        if (acc >= half) {
          break;
        }
      }
      List<Integer> left = sorted.subList(0, cut);
      List<Integer> right = sorted.subList(cut, sorted.size());
      queue.add(new Box(left, left.stream().mapToLong(i -> histogram[i]).sum()));
      queue.add(new Box(right, right.stream().mapToLong(i -> histogram[i]).sum()));
    }
    done.addAll(queue);
    int[] palette = new int[Math.max(1, done.size())];
    for (int i = 0; i < done.size(); i++) {
      long rs = 0;
      long gs = 0;
      long bs = 0;
      long n = 0;
      for (int bin : done.get(i).bins()) {
        long c = histogram[bin];
        rs += c * (channel(bin, 0) * 8 + 4);
        gs += c * (channel(bin, 1) * 8 + 4);
        bs += c * (channel(bin, 2) * 8 + 4);
        n += c;
      }
      n = Math.max(1, n);
      palette[i] = (int) (rs / n) << 16 | (int) (gs / n) << 8 | (int) (bs / n);
    }
    return palette;
  }

  private static int channel(int bin, int c) {
    return (bin >> (10 - 5 * c)) & 0x1f;
  }

  private static int widestChannel(List<Integer> bins) {
    int best = 0;
    int bestRange = -1;
    for (int c = 0; c < 3; c++) {
      int min = 31;
      int max = 0;
      for (int bin : bins) {
        int v = channel(bin, c);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (max - min > bestRange) {
        bestRange = max - min;
        best = c;
      }
    }
    return best;
  }

  /** For every used bin, the index of the nearest palette colour. */
  private static int[] nearestLookup(int[] histogram, int[] palette) {
    int[] lookup = new int[histogram.length];
    for (int bin = 0; bin < histogram.length; bin++) {
      if (histogram[bin] == 0) {
        continue;
      }
      int r = channel(bin, 0) * 8 + 4;
      int g = channel(bin, 1) * 8 + 4;
      int b = channel(bin, 2) * 8 + 4;
      int best = 0;
      int bestD = Integer.MAX_VALUE;
      for (int i = 0; i < palette.length; i++) {
        int dr = r - (palette[i] >> 16 & 0xff);
        int dg = g - (palette[i] >> 8 & 0xff);
        int db = b - (palette[i] & 0xff);
        int d = dr * dr + dg * dg + db * db;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
      lookup[bin] = best;
    }
    return lookup;
  }
}
