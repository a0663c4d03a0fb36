package cn.onemap.address.reverse;

import java.util.Arrays;

/**
 * A uniform grid over points (lon/lat), cells about 100 m, stored as sorted cell keys with one
 * index array (a million points cost 8 MB): finds the points within a radius by scanning the cells
 * the radius touches.
 */
final class PointGrid {
  private static final double CELL_DEG = 0.001;
  private final double[] x;
  private final double[] y;
  private final int minCx;
  private final int minCy;
  private final int nx;
  private final int ny;
  private final int[] start;
  private final int[] points;

  /** Indexes the points whose {@code keep} flag is set. */
  PointGrid(double[] x, double[] y, boolean[] keep) {
    this.x = x;
    this.y = y;
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    int loY = Integer.MAX_VALUE;
    int hiY = Integer.MIN_VALUE;
    for (int i = 0; i < x.length; i++) {
      if (keep[i]) {
        lo = Math.min(lo, cell(x[i]));
        hi = Math.max(hi, cell(x[i]));
        loY = Math.min(loY, cell(y[i]));
        hiY = Math.max(hiY, cell(y[i]));
      }
    }
    if (lo > hi) {
      lo = hi = loY = hiY = 0;
    }
    minCx = lo;
    minCy = loY;
    nx = hi - lo + 1;
    ny = hiY - loY + 1;
    start = new int[nx * ny + 1];
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      if (keep[i]) {
        start[key(x[i], y[i]) + 1]++;
        count++;
      }
    }
    for (int k = 0; k < nx * ny; k++) {
      start[k + 1] += start[k];
    }
    points = new int[count];
    int[] fill = Arrays.copyOf(start, nx * ny);
    for (int i = 0; i < x.length; i++) {
      if (keep[i]) {
        points[fill[key(x[i], y[i])]++] = i;
      }
    }
  }

  private static int cell(double v) {
    return (int) Math.floor(v / CELL_DEG);
  }

  private int key(double px, double py) {
    return (cell(py) - minCy) * nx + (cell(px) - minCx);
  }

  /** Indexes of points within {@code metres} of (px, py), with their distances (approximate). */
  int[] within(double px, double py, double metres, double[][] distancesOut) {
    double mPerDegY = 110_574;
    double mPerDegX = 111_320 * Math.cos(Math.toRadians(py));
    int cx0 = Math.max(cell(px - metres / mPerDegX), minCx) - minCx;
    int cx1 = Math.min(cell(px + metres / mPerDegX), minCx + nx - 1) - minCx;
    int cy0 = Math.max(cell(py - metres / mPerDegY), minCy) - minCy;
    int cy1 = Math.min(cell(py + metres / mPerDegY), minCy + ny - 1) - minCy;
    int[] found = new int[16];
    double[] dist = new double[16];
    int n = 0;
    for (int cy = cy0; cy <= cy1; cy++) {
      for (int cx = cx0; cx <= cx1; cx++) {
        int k = cy * nx + cx;
        for (int j = start[k]; j < start[k + 1]; j++) {
          int i = points[j];
          double d = Math.hypot((x[i] - px) * mPerDegX, (y[i] - py) * mPerDegY);
          if (d <= metres) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
              dist = Arrays.copyOf(dist, n * 2);
            }
            found[n] = i;
            dist[n++] = d;
          }
        }
      }
    }
    distancesOut[0] = Arrays.copyOf(dist, n);
    return Arrays.copyOf(found, n);
  }
}
