package cn.onemap.core.crs;

/**
 * Small dense least squares via normal equations, with column scaling and Gaussian elimination with
 * partial pivoting. Adequate for the 4–7 unknowns of datum shifts once coordinates are centred;
 * rank deficiency (degenerate control geometry) is reported, not papered over.
 */
final class LeastSquares {
  private LeastSquares() {}

  /**
   * Solves min |A·x − b| for A given as {@code rows} × {@code cols} row-major.
   *
   * @return the solution, or {@code null} if A has (numerically) dependent columns
   */
  static double[] solve(double[] a, double[] b, int rows, int cols) {
    double[] scale = new double[cols];
    for (int j = 0; j < cols; j++) {
      double s = 0;
      for (int i = 0; i < rows; i++) {
        s += a[i * cols + j] * a[i * cols + j];
      }
      scale[j] = s > 0 ? 1 / Math.sqrt(s) : 0;
      if (s == 0) {
        return null;
      }
    }
    // normal equations of the column-scaled system: (AS)^T(AS) y = (AS)^T b, x = S y
    double[][] n = new double[cols][cols + 1];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double aij = a[i * cols + j] * scale[j];
        if (aij == 0) {
          continue;
        }
        for (int k = 0; k < cols; k++) {
          n[j][k] += aij * a[i * cols + k] * scale[k];
        }
        n[j][cols] += aij * b[i];
      }
    }
    for (int p = 0; p < cols; p++) {
      int best = p;
      for (int r = p + 1; r < cols; r++) {
        if (Math.abs(n[r][p]) > Math.abs(n[best][p])) {
          best = r;
        }
      }
      // diagonal of the scaled normal matrix is 1; a pivot this small means dependent columns
      if (Math.abs(n[best][p]) < 1e-10) {
        return null;
      }
      double[] tmp = n[p];
      n[p] = n[best];
      n[best] = tmp;
      for (int r = p + 1; r < cols; r++) {
        double f = n[r][p] / n[p][p];
        for (int k = p; k <= cols; k++) {
          n[r][k] -= f * n[p][k];
        }
      }
    }
    double[] x = new double[cols];
    for (int p = cols - 1; p >= 0; p--) {
      double s = n[p][cols];
      for (int k = p + 1; k < cols; k++) {
        s -= n[p][k] * x[k];
      }
      x[p] = s / n[p][p];
    }
    for (int j = 0; j < cols; j++) {
      x[j] *= scale[j];
    }
    return x;
  }
}
