package cn.onemap.loaders.survey;

import java.util.Set;

/**
 * Thresholds of the CJJ 61 checks. The standard does not fix them (*unverified*: local survey
 * specifications do), so they are configurable; the defaults are conservative.
 *
 * @param maxDepth burial depths above this many metres are flagged as implausible (default 15 m)
 * @param invertTolerance a drainage invert may rise this many metres along the flow before it is
 *     flagged as uphill (default 0.01 m, survey rounding)
 * @param drainageCategories category codes/names whose pipes flow by gravity from start to end
 */
public record SurveyRules(double maxDepth, double invertTolerance, Set<String> drainageCategories) {
  public SurveyRules {
    drainageCategories = Set.copyOf(drainageCategories);
  }

  public static SurveyRules defaults() {
    return new SurveyRules(15.0, 0.01, Set.of("PS", "YS", "WS", "HS", "排水", "雨水", "污水", "雨污合流"));
  }
}
