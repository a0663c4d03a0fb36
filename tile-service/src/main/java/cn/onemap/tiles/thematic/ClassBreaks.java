package cn.onemap.tiles.thematic;

import java.util.Arrays;

/**
 * Class breaks of numeric values: {@code n + 1} ascending bounds, the first the minimum and the
 * last the maximum; class {@code i} holds {@code bounds[i] ≤ v < bounds[i+1]} (the last class also
 * its upper bound). Breaks that coincide (few distinct values) are merged, so fewer classes may
 * come back than asked. Jenks is the exact dynamic programme (Jenks–Caspall / Fisher), O(k·m²) over
 * the m distinct-or-sampled values: inputs of more than {@value #JENKS_SAMPLE} values are sampled
 * evenly from the sorted values first (as QGIS does).
 */
public final class ClassBreaks {
  static final int JENKS_SAMPLE = 3000;

  private ClassBreaks() {}

  /**
   * The bounds for {@code values} (any order; NaN and infinities are dropped).
   *
   * @throws IllegalArgumentException when no finite value is given or {@code classes} &lt; 1
   */
  public static double[] of(double[] values, int classes, ClassMethod method) {
    if (classes < 1) {
      throw new IllegalArgumentException("classes must be >= 1, was " + classes);
    }
    double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      throw new IllegalArgumentException("no finite values to classify");
    }
    double[] b =
        switch (method) {
          case EQUAL_INTERVAL -> equalInterval(v, classes);
          case QUANTILE -> quantile(v, classes);
          case JENKS -> jenks(v, classes);
        };
    return distinct(b);
  }

  static double[] equalInterval(double[] sorted, int n) {
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    double[] b = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      b[i] = min + (max - min) * i / n;
    }
    b[n] = max;
    return b;
  }

  /**
   * Bound i is the value at rank i·N/n (lower quantile, no interpolation: bounds are data values).
   */
  static double[] quantile(double[] sorted, int n) {
    double[] b = new double[n + 1];
    b[0] = sorted[0];
    for (int i = 1; i < n; i++) {
      int rank = (int) Math.floor((double) i * sorted.length / n);
      b[i] = sorted[Math.min(rank, sorted.length - 1)];
    }
    b[n] = sorted[sorted.length - 1];
    return b;
  }

  /** Jenks natural breaks by Fisher's exact algorithm on (a sample of) the sorted values. */
  static double[] jenks(double[] sorted, int n) {
    double[] x = sample(sorted);
    int m = x.length;
    if (n >= m) {
      double[] b = new double[m + 1];
      System.arraycopy(x, 0, b, 0, m);
      b[m] = x[m - 1];
      return b;
    }
    // lower[i][j]: index (1-based) of the first value of class j in the best split of x[0..i-1]
    int[][] lower = new int[m + 1][n + 1];
    double[][] cost = new double[m + 1][n + 1];
    for (int j = 1; j <= n; j++) {
      lower[1][j] = 1;
      for (int i = 2; i <= m; i++) {
        cost[i][j] = Double.POSITIVE_INFINITY;
      }
    }
    for (int l = 2; l <= m; l++) {
      double s1 = 0;
      double s2 = 0;
      double w = 0;
      double variance = 0;
      for (int k = 1; k <= l; k++) {
        int i3 = l - k + 1;
        double val = x[i3 - 1];
        s2 += val * val;
        s1 += val;
        w++;
        variance = s2 - (s1 * s1) / w;
        int i4 = i3 - 1;
        if (i4 != 0) {
          for (int j = 2; j <= n; j++) {
            if (cost[l][j] >= variance + cost[i4][j - 1]) {
              lower[l][j] = i3;
              cost[l][j] = variance + cost[i4][j - 1];
            }
          }
        }
      }
      lower[l][1] = 1;
      cost[l][1] = variance;
    }
    double[] b = new double[n + 1];
    b[n] = x[m - 1];
    b[0] = x[0];
    int k = m;
    for (int j = n; j >= 2; j--) {
      int id = lower[k][j] - 1; // 0-based index of the first value of class j
      b[j - 1] = x[id];
      k = lower[k][j] - 1;
    }
    return b;
  }

  private static double[] sample(double[] sorted) {
    if (sorted.length <= JENKS_SAMPLE) {
      return sorted;
    }
    double[] out = new double[JENKS_SAMPLE];
    for (int i = 0; i < JENKS_SAMPLE; i++) {
      out[i] = sorted[(int) ((long) i * (sorted.length - 1) / (JENKS_SAMPLE - 1))];
    }
    return out;
  }

  /**
   * Drops bounds equal to the one before (empty classes), but keeps a last bound equal to the one
   * before it: a last class holding only the maximum ({@code [20, 20]}) is a real class.
   */
  private static double[] distinct(double[] b) {
    double[] out = new double[b.length];
    int n = 0;
    for (double d : b) {
      if (n == 0 || d > out[n - 1]) {
        out[n++] = d;
      }
    }
    if (b[b.length - 1] == b[b.length - 2]) {
      out[n++] = b[b.length - 1]; // the maximum's own class (or the one class of one value)
    }
    return Arrays.copyOf(out, n);
  }
}
