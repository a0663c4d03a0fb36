package cn.onemap.address.match;

/**
 * The evidence weights of the scorer, in log-odds: a candidate's score is the sum of the weights of
 * what agrees and disagrees, and its confidence {@code e^s / (e^NONE + Σ e^s_j)} over the competing
 * candidates. Tuned on the sample city's bureau records (the evaluation test prints the reliability
 * table: of answers with confidence c, about c should be right).
 */
final class Weights {
  /** Score of "none of the candidates is the address meant". */
  static final double NONE = 4.0;

  static final double STREET = 3.0;
  static final double STREET_FORMER = 2.7;
  static final double DOOR = 3.0;
  static final double DOOR_INTERPOLATED = 1.0;
  static final double DOOR_MISSING = -0.5;
  static final double DOOR_DISAGREES = -0.8;
  static final double COMPOUND = 2.5;
  static final double COMPOUND_INFERRED = 0.3;
  static final double COMPOUND_OTHER = -1.5;
  static final double FINE_LEVEL = 1.0;
  static final double FINE_LEVEL_MISSING = -1.2;
  static final double STREET_OTHER = -1.0;
  static final double ADMIN_AGREES = 0.6;
  static final double HOME_AGREES = 0.2;
  static final double COUNTY_CONFLICT = -5.0;
  static final double COUNTY_CONFLICT_WEAK = -1.5;
  static final double TOWN_CONFLICT = -2.0;
  static final double COMMUNITY_CONFLICT = -1.5;
  static final double OTHER_PROVINCE_OR_CITY = -4.0;
  static final double APPROXIMATE = -0.3;
  static final double ALIAS = 12.0;

  /** Highest confidence of an interpolated door plate (it may not exist). */
  static final double INTERPOLATED_CAP = 0.6;

  /** Admin-only answers: score of "the address is not in the units named". */
  static final double ADMIN_NONE = 1.0;

  /** Admin-only answers: score per level named. */
  static final double ADMIN_PROVINCE = 0.5;

  static final double ADMIN_CITY = 0.8;
  static final double ADMIN_COUNTY = 1.5;
  static final double ADMIN_TOWN = 1.2;
  static final double ADMIN_COMMUNITY = 1.2;

  private Weights() {}

  /** Weight of a name matched with an edit of this cost (0 exact … 1 unrelated character). */
  static double fuzzy(double full, double cost) {
    return full * (1 - cost);
  }
}
