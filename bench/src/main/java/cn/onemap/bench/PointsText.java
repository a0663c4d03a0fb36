package cn.onemap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The text side of the benchmark: generating the points file, and the fast (allocation-light)
 * parsing and formatting that the end-to-end Java measurement uses, so that the comparison with
 * cs2cs, which must read and write text, is fair.
 */
final class PointsText {
  private PointsText() {}

  /** {@code n} pseudo-random lon/lat points over the Meizhou extent, interleaved. */
  static double[] meizhou(int n, long seed) {
    Random random = new Random(seed);
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      xy[2 * i] = 115.2 + 1.8 * random.nextDouble();
      xy[2 * i + 1] = 23.2 + 1.7 * random.nextDouble();
    }
    return xy;
  }

  /** Writes "x y\n" lines with {@code decimals} decimals. */
  static void write(Path file, double[] xy, int n, int decimals) throws IOException {
    Files.write(file, format(xy, n, decimals));
  }

  static byte[] format(double[] xy, int n, int decimals) {
    byte[] out = new byte[maxFormattedBytes(n, decimals)];
    return java.util.Arrays.copyOf(out, formatInto(xy, n, decimals, out));
  }

  /** Upper bound of the bytes {@link #formatInto} writes for {@code n} points. */
  static int maxFormattedBytes(int n, int decimals) {
    return n * 2 * (decimals + 14);
  }

  /** Formats {@code n} points as lines into {@code out}; returns the number of bytes written. */
  static int formatInto(double[] xy, int n, int decimals, byte[] out) {
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    int p = 0;
    for (int i = 0; i < 2 * n; i++) {
      p = put(out, p, xy[i], scale, decimals);
      out[p++] = (byte) (i % 2 == 0 ? ' ' : '\n');
    }
    return p;
  }

  /** Fixed-point formatting of |v| < 9e6 with up to 9 decimals, by integer arithmetic. */
  private static int put(byte[] out, int p, double v, long scale, int decimals) {
    if (v < 0) {
      out[p++] = '-';
      v = -v;
    }
    long units = Math.round(v * scale);
    long whole = units / scale;
    long frac = units % scale;
    p = putLong(out, p, whole);
    if (decimals > 0) {
      out[p++] = '.';
      for (long d = scale / 10; d > 0; d /= 10) {
        out[p++] = (byte) ('0' + (frac / d) % 10);
      }
    }
    return p;
  }

  private static int putLong(byte[] out, int p, long v) {
    if (v == 0) {
      out[p++] = '0';
      return p;
    }
    int start = p;
    while (v > 0) {
      out[p++] = (byte) ('0' + v % 10);
      v /= 10;
    }
    for (int i = start, j = p - 1; i < j; i++, j--) {
      byte t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return p;
  }

  /**
   * Parses whitespace-separated numbers, keeping the first two columns of each line (cs2cs adds a
   * third, the height). Plain decimals are parsed as mantissa / 10^k, which is correctly rounded
   * because both are exact doubles below 2^53; anything else falls back to Double.parseDouble.
   */
  static double[] parse(byte[] text, int expectedPoints) {
    double[] xy = new double[2 * expectedPoints];
    int n = parseInto(text, 0, text.length, xy);
    if (n < 0) {
      throw new IllegalArgumentException("more than " + expectedPoints + " points in the text");
    }
    return n == xy.length ? xy : java.util.Arrays.copyOf(xy, n);
  }

  /**
   * Parses {@code text[from..to)} into {@code xy}; returns the number of values (2 per point), or
   * -1 if {@code xy} is too small.
   */
  static int parseInto(byte[] text, int from, int to, double[] xy) {
    int n = 0;
    int col = 0;
    int i = from;
    while (i < to) {
      byte c = text[i];
      if (c == '\n') {
        col = 0;
        i++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
        continue;
      }
      int start = i;
      boolean negative = false;
      long mantissa = 0;
      int digits = 0;
      int fraction = -1;
      boolean simple = true;
      if (c == '-') {
        negative = true;
        i++;
      }
      for (; i < to; i++) {
        byte d = text[i];
        if (d >= '0' && d <= '9') {
          mantissa = mantissa * 10 + (d - '0');
          digits++;
          if (fraction >= 0) {
            fraction++;
          }
        } else if (d == '.' && fraction < 0) {
          fraction = 0;
        } else if (d == ' ' || d == '\t' || d == '\n' || d == '\r') {
          break;
        } else {
          simple = false;
        }
      }
      if (col < 2) {
        double v;
        if (simple && digits > 0 && digits <= 15) {
          v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
          v = negative ? -v : v;
        } else {
          v =
              Double.parseDouble(
                  new String(text, start, i - start, java.nio.charset.StandardCharsets.US_ASCII));
        }
        if (n == xy.length) {
          return -1;
        }
        xy[n++] = v;
      }
      col++;
    }
    if (n % 2 != 0) {
      throw new IllegalArgumentException("odd number of values: " + n);
    }
    return n;
  }

  private static final double[] POW10 = new double[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }
}
