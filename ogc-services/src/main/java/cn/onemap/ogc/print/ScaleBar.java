package cn.onemap.ogc.print;

/**
 * A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) as long as fits in {@code maxMm} of paper,
 * in {@code segments} alternating black and white parts.
 *
 * @param metres the ground length the bar stands for
 * @param millimetres its length on paper
 * @param segments parts drawn: 5 for a bar of 5 × 10ⁿ, 2 for 2 × 10ⁿ, 4 for 10ⁿ
 * @param label {@code 500 米} or {@code 2 千米}
 */
public record ScaleBar(double metres, double millimetres, int segments, String label) {

  /**
   * @param groundMetresPerMm ground metres one millimetre of the map frame shows
   * @param maxMm the longest bar that fits
   */
  public static ScaleBar of(double groundMetresPerMm, double maxMm) {
    if (!(groundMetresPerMm > 0) || !(maxMm > 0)) {
      throw new IllegalArgumentException(
          "scale bar needs positive sizes, was " + groundMetresPerMm + " m/mm, " + maxMm + " mm");
    }
    double most = groundMetresPerMm * maxMm;
    double power = Math.pow(10, Math.floor(Math.log10(most)));
    double metres = power;
    for (double step : new double[] {5, 2, 1}) {
      if (step * power <= most) {
        metres = step * power;
        break;
      }
    }
    int segments = metres / power == 2 ? 2 : metres / power == 5 ? 5 : 4;
    return new ScaleBar(metres, metres / groundMetresPerMm, segments, label(metres));
  }

  static String label(double metres) {
    if (metres >= 1000) {
      return number(metres / 1000) + " 千米";
    }
    return number(metres) + " 米";
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** The scale denominator, rounded as maps print it (1:12,345 → 12345). */
  public static long denominator(double groundMetresPerMm) {
    return Math.round(groundMetresPerMm * 1000);
  }
}
