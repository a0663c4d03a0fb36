package cn.onemap.sample.geo;

/**
 * Ground elevation (metres, 1985 国家高程基准 in spirit) of the synthetic city: the 梅江 flood plain at
 * about 76 m rising gently away from the river (0.8%) with low rolling hills. The slope away from
 * the river is steeper than any hill slope, so the ground has no hollow without an outlet to the
 * river; drainage is laid to follow it.
 */
public final class Terrain {
  private final River river;

  public Terrain(River river) {
    this.river = river;
  }

  public double elevation(double x, double y) {
    double hills = 2.0 * StrictMath.sin(x / 1300.0) * StrictMath.cos(y / 1100.0);
    return 76.0 + 0.008 * river.distanceToBank(x, y) + hills;
  }

  /** Elevation rounded to the centimetre, as a survey would record it. */
  public double surveyed(double x, double y) {
    return Math.rint(elevation(x, y) * 100) / 100;
  }
}
