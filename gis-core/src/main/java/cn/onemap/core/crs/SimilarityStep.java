package cn.onemap.core.crs;

/**
 * The plane similarity x' = dx + a·x − b·y, y' = dy + b·x + a·y of a {@link FourParameters} set (a
 * = k·cos θ, b = k·sin θ). Its inverse is again a similarity, computed exactly.
 */
record SimilarityStep(double a, double b, double dx, double dy) implements TransformStep {

  static SimilarityStep of(FourParameters p) {
    return new SimilarityStep(p.a(), p.b(), p.dx(), p.dy());
  }

  @Override
  public void apply(double[] src, int srcOff, double[] dst, int dstOff, int n) {
    for (int i = 0; i < n; i++) {
      double x = src[srcOff + 2 * i];
      double y = src[srcOff + 2 * i + 1];
      dst[dstOff + 2 * i] = dx + a * x - b * y;
      dst[dstOff + 2 * i + 1] = dy + b * x + a * y;
    }
  }

  @Override
  public SimilarityStep inverse() {
    double k2 = a * a + b * b;
    double ia = a / k2;
    double ib = -b / k2;
    return new SimilarityStep(ia, ib, -(ia * dx - ib * dy), -(ib * dx + ia * dy));
  }
}
