package cn.onemap.tiles.style;

import java.util.List;

/**
 * One drawing pass: every rule whose filter and scale range match draws the feature; an else rule
 * draws it when no other rule of this pass matched.
 *
 * @param rules in order; earlier rules draw first and their labels win collisions
 */
public record FeatureTypeStyle(List<Rule> rules) {
  public FeatureTypeStyle {
    rules = List.copyOf(rules);
  }
}
