package cn.onemap.core.crs;

/** One of the four GCJ-02 / BD-09 offset directions of {@link ChinaOffsets}. */
enum OffsetStep implements TransformStep {
  WGS84_TO_GCJ02("WGS84", "GCJ-02"),
  GCJ02_TO_WGS84("GCJ-02", "WGS84"),
  GCJ02_TO_BD09("GCJ-02", "BD-09"),
  BD09_TO_GCJ02("BD-09", "GCJ-02");

  private final String from;
  private final String to;

  OffsetStep(String from, String to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public void apply(double[] src, int srcOff, double[] dst, int dstOff, int n) {
    double[] scratch = new double[4];
    for (int i = 0; i < n; i++) {
      int s = srcOff + 2 * i;
      int d = dstOff + 2 * i;
      try {
        switch (this) {
          case WGS84_TO_GCJ02 -> ChinaOffsets.wgs84ToGcj02(src, s, dst, d);
          case GCJ02_TO_WGS84 -> ChinaOffsets.gcj02ToWgs84(src, s, dst, d, scratch);
          case GCJ02_TO_BD09 -> ChinaOffsets.gcj02ToBd09(src, s, dst, d);
          case BD09_TO_GCJ02 -> ChinaOffsets.bd09ToGcj02(src, s, dst, d, scratch);
        }
      } catch (IllegalStateException e) {
        throw new TransformFailedException(from, to, e.getMessage(), e);
      }
    }
  }

  @Override
  public TransformStep inverse() {
    return switch (this) {
      case WGS84_TO_GCJ02 -> GCJ02_TO_WGS84;
      case GCJ02_TO_WGS84 -> WGS84_TO_GCJ02;
      case GCJ02_TO_BD09 -> BD09_TO_GCJ02;
      case BD09_TO_GCJ02 -> GCJ02_TO_BD09;
    };
  }
}
