package cn.onemap.sample.pipes;

/**
 * What a pipe survey point is: a feature point (特征) or an appurtenance (附属物), never both. The
 * 2-digit sequence in the 8-digit code is *unverified* except 阀门 = 03 (the standard's example
 * 51022203); the others follow this list's order.
 */
public enum PointKind {
  STRAIGHT("直线点", true, 1),
  TURN("转折点", true, 2),
  TEE("三通", true, 3),
  CROSS("四通", true, 4),
  REDUCER("变径", true, 5),
  END("预留口", true, 6),
  OUTLET("出水口", true, 7),
  MANHOLE("检修井", false, 1),
  HYDRANT("消防栓", false, 2),
  VALVE("阀门", false, 3),
  INTERCEPTOR("截流井", false, 4);

  private final String label;
  private final boolean feature;
  private final int sequence;

  PointKind(String label, boolean feature, int sequence) {
    this.label = label;
    this.feature = feature;
    this.sequence = sequence;
  }

  /** Chinese name as survey tables write it. */
  public String label() {
    return label;
  }

  /** True for 特征 (feature point), false for 附属物 (appurtenance). */
  public boolean feature() {
    return feature;
  }

  public int sequence() {
    return sequence;
  }

  /** Whether a cover (井盖) sits on top of it at street level. */
  public boolean hasCover() {
    return this == MANHOLE || this == VALVE || this == INTERCEPTOR;
  }
}
