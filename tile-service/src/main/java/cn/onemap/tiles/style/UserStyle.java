package cn.onemap.tiles.style;

import java.util.List;
import java.util.Objects;

/**
 * A complete style for one layer. Feature type styles are drawn in order, each as its own pass over
 * the features (so a road casing drawn by the first sits under the centre line of the second).
 *
 * @param name style name (WMS STYLES parameter)
 * @param title human-readable title, may be empty
 * @param featureTypeStyles the passes, in drawing order
 */
public record UserStyle(String name, String title, List<FeatureTypeStyle> featureTypeStyles) {
  public UserStyle {
    Objects.requireNonNull(name, "name");
    title = title == null ? "" : title;
    featureTypeStyles = List.copyOf(featureTypeStyles);
  }

  public static UserStyle of(String name, Rule... rules) {
    return new UserStyle(name, "", List.of(new FeatureTypeStyle(List.of(rules))));
  }

  /** Every rule of every pass, in order (what a legend lists). */
  public List<Rule> rules() {
    return featureTypeStyles.stream().flatMap(f -> f.rules().stream()).toList();
  }
}
