package cn.onemap.tiles.style;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.geotools.api.filter.Filter;

/**
 * A rule: which features (filter, or "else" = none of the pass's other rules matched), at which
 * scales, drawn how.
 *
 * @param name rule name (SLD Name: an identifier, never shown to readers)
 * @param title legend label (empty: the legend shows the layer's title)
 * @param filter GeoTools filter over the layer's attributes; empty matches everything
 * @param elseFilter SLD ElseFilter: applies only when no non-else rule of the pass matched
 * @param minScaleDenominator inclusive lower bound (0 = none)
 * @param maxScaleDenominator exclusive upper bound ({@code Double.POSITIVE_INFINITY} = none)
 * @param symbolizers what to draw, in order
 */
public record Rule(
    String name,
    String title,
    Optional<Filter> filter,
    boolean elseFilter,
    double minScaleDenominator,
    double maxScaleDenominator,
    List<Symbolizer> symbolizers) {

  public Rule {
    name = name == null ? "" : name;
    title = title == null ? "" : title;
    Objects.requireNonNull(filter, "filter");
    symbolizers = List.copyOf(symbolizers);
    if (!(minScaleDenominator >= 0) || !(maxScaleDenominator > minScaleDenominator)) {
      throw new IllegalArgumentException(
          "scale range ["
              + minScaleDenominator
              + ", "
              + maxScaleDenominator
              + ") is empty or negative in rule '"
              + name
              + "'");
    }
  }

  /** A rule for every feature at every scale. */
  public static Rule of(String name, Symbolizer... symbolizers) {
    return new Rule(
        name, name, Optional.empty(), false, 0, Double.POSITIVE_INFINITY, List.of(symbolizers));
  }

  /** The same rule drawing other symbolizers. */
  public Rule withSymbolizers(List<Symbolizer> drawn) {
    return new Rule(
        name, title, filter, elseFilter, minScaleDenominator, maxScaleDenominator, drawn);
  }

  /** A rule for the features matching {@code filter} at every scale. */
  public static Rule where(String name, Filter filter, Symbolizer... symbolizers) {
    return new Rule(
        name, name, Optional.of(filter), false, 0, Double.POSITIVE_INFINITY, List.of(symbolizers));
  }

  /** The same rule under another legend title (blank: the legend shows the layer's title). */
  public Rule withTitle(String t) {
    return new Rule(
        name, t, filter, elseFilter, minScaleDenominator, maxScaleDenominator, symbolizers);
  }

  public Rule withScaleRange(double min, double max) {
    return new Rule(name, title, filter, elseFilter, min, max, symbolizers);
  }

  public Rule asElse() {
    return new Rule(
        name, title, Optional.empty(), true, minScaleDenominator, maxScaleDenominator, symbolizers);
  }

  /** Whether the rule applies at this scale denominator (SLD: min ≤ scale < max). */
  public boolean appliesAt(double scaleDenominator) {
    return scaleDenominator >= minScaleDenominator && scaleDenominator < maxScaleDenominator;
  }
}
