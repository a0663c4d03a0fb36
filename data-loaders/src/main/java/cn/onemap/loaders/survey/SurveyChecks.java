package cn.onemap.loaders.survey;

import cn.onemap.loaders.pipeline.Row;
import cn.onemap.loaders.qc.IssueCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The QC checks surveyors expect of CJJ 61 tables (see STANDARDS.md): 特征 and 附属物 both filled,
 * negative or implausible depths, diameter changes at a point that is not a 变径 (reducer), and
 * drainage inverts (ground elevation − depth) rising along the flow. Duplicate point numbers and
 * missing segment endpoints are found while the tables are joined ({@link SurveyImporter}).
 */
final class SurveyChecks {
  private final SurveyRules rules;

  SurveyChecks(SurveyRules rules) {
    this.rules = rules;
  }

  /** 特征 and 附属物 are alternatives: a point is either a feature point or an appurtenance. */
  void point(Row row, Map<String, String> cells) {
    if (cells.containsKey("feature") && cells.containsKey("appurtenance")) {
      row.warn(
          IssueCode.FEATURE_AND_APPURTENANCE,
          "特征 '"
              + cells.get("feature")
              + "' and 附属物 '"
              + cells.get("appurtenance")
              + "' are both filled; fill one");
    }
  }

  /**
   * Depth checks of a segment, and its inverts (put into {@code values}) with the uphill check.
   *
   * @param startGround ground elevation at the start point, when surveyed
   */
  void segment(
      Row row,
      Map<String, Object> values,
      Optional<String> category,
      Optional<Double> startGround,
      Optional<Double> endGround) {
    Optional<Double> startDepth = depth(row, values, "start_depth", "起点埋深");
    Optional<Double> endDepth = depth(row, values, "end_depth", "终点埋深");
    if (row.rejected()) {
      return;
    }
    Optional<Double> startInvert = difference(startGround, startDepth);
    Optional<Double> endInvert = difference(endGround, endDepth);
    startInvert.ifPresent(v -> values.put("start_invert", round(v)));
    endInvert.ifPresent(v -> values.put("end_invert", round(v)));
    boolean drainage =
        category
            .map(
                c ->
                    rules.drainageCategories().contains(c.toUpperCase(Locale.ROOT))
                        || rules.drainageCategories().contains(c))
            .orElse(false);
    if (drainage
        && startInvert.isPresent()
        && endInvert.isPresent()
        && endInvert.get() > startInvert.get() + rules.invertTolerance()) {
      row.warn(
          IssueCode.INVERT_UPHILL,
          String.format(
              Locale.ROOT,
              "drainage invert rises from %.3f m at the start to %.3f m at the end (flow runs start→end)",
              startInvert.get(),
              endInvert.get()));
    }
  }

  private Optional<Double> depth(Row row, Map<String, Object> values, String name, String label) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    double d;
    try {
      d = Double.parseDouble(v.toString());
    } catch (NumberFormatException e) {
      return Optional.empty(); // the attribute check reports the bad number
    }
    if (d < 0) {
      row.reject(IssueCode.NEGATIVE_DEPTH, label + " " + v + " m is negative");
    } else if (d > rules.maxDepth()) {
      row.warn(
          IssueCode.IMPLAUSIBLE_DEPTH,
          label + " " + v + " m is deeper than " + rules.maxDepth() + " m");
    }
    return Optional.of(d);
  }

  /**
   * Points where exactly two segments of one category meet with different diameters and the point
   * is not a 变径 (reducer). At tees and crosses (three or more segments) diameters may differ.
   *
   * @param segments accepted segments as {start, end, category, diameter}
   * @return point number → message
   */
  static Map<String, String> diameterChanges(
      List<String[]> segments, Map<String, String> featureOfPoint) {
    Map<String, List<String[]>> incident = new HashMap<>();
    for (String[] s : segments) {
      incident.computeIfAbsent(s[0], k -> new ArrayList<>()).add(s);
      incident.computeIfAbsent(s[1], k -> new ArrayList<>()).add(s);
    }
    Map<String, String> found = new HashMap<>();
    incident.forEach(
        (point, list) -> {
          if (list.size() == 2
              && Objects.equals(list.get(0)[2], list.get(1)[2])
              && list.get(0)[3] != null
              && list.get(1)[3] != null
              && !list.get(0)[3].equals(list.get(1)[3])
              && !featureOfPoint.getOrDefault(point, "").contains("变径")) {
            found.put(
                point,
                "diameter changes from "
                    + list.get(0)[3]
                    + " to "
                    + list.get(1)[3]
                    + " here, but the point is not a 变径");
          }
        });
    return found;
  }

  private static Optional<Double> difference(Optional<Double> a, Optional<Double> b) {
    return a.isPresent() && b.isPresent() ? Optional.of(a.get() - b.get()) : Optional.empty();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0; // millimetres: what the survey measured
  }
}
