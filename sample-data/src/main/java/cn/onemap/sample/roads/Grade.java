package cn.onemap.sample.roads;

/**
 * Road grades of the urban road classification (CJJ 37: 快速路 is absent from the old town), with the
 * widths, lanes and speed limits the generator gives them. Which lattice lines carry which grade:
 * every 8th line an arterial, every 4th a secondary, every 2nd a branch, the others alleys.
 */
public enum Grade {
  ARTERIAL("主干路", 36, 6, 60),
  SECONDARY("次干路", 24, 4, 50),
  BRANCH("支路", 14, 2, 40),
  ALLEY("巷道", 6, 1, 20);

  private final String label;
  private final double width;
  private final int lanes;
  private final int speed;

  Grade(String label, double width, int lanes, int speed) {
    this.label = label;
    this.width = width;
    this.lanes = lanes;
    this.speed = speed;
  }

  public static Grade ofLine(int index) {
    if (index % 8 == 0) {
      return ARTERIAL;
    }
    if (index % 4 == 0) {
      return SECONDARY;
    }
    return index % 2 == 0 ? BRANCH : ALLEY;
  }

  /** Chinese name, e.g. 主干路. */
  public String label() {
    return label;
  }

  /** Width between building lines (红线宽度) in metres. */
  public double width() {
    return width;
  }

  public int lanes() {
    return lanes;
  }

  /** Speed limit in km/h. */
  public int speed() {
    return speed;
  }
}
