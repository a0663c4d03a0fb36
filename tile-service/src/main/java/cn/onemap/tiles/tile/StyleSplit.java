package cn.onemap.tiles.tile;

import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.TextSymbolizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Splits a style into its geometry and its labels, for the base map and its separate labels
 * tileset. Rules are kept even when they lose every symbolizer, so an else rule still sees the same
 * siblings; a pass left without any symbolizer is dropped; empty when nothing is left to draw.
 */
public final class StyleSplit {
  private StyleSplit() {}

  public static Optional<cn.onemap.tiles.style.UserStyle> withoutLabels(
      cn.onemap.tiles.style.UserStyle style) {
    return keep(style, s -> !(s instanceof TextSymbolizer));
  }

  public static Optional<cn.onemap.tiles.style.UserStyle> labelsOnly(
      cn.onemap.tiles.style.UserStyle style) {
    return keep(style, s -> s instanceof TextSymbolizer);
  }

  private static Optional<cn.onemap.tiles.style.UserStyle> keep(
      cn.onemap.tiles.style.UserStyle style, Predicate<Symbolizer> which) {
    List<FeatureTypeStyle> passes = new ArrayList<>();
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      List<Rule> rules = new ArrayList<>();
      boolean draws = false;
      for (Rule r : fts.rules()) {
        List<Symbolizer> kept = r.symbolizers().stream().filter(which).toList();
        draws |= !kept.isEmpty();
        rules.add(r.withSymbolizers(kept));
      }
      if (draws) {
        passes.add(new FeatureTypeStyle(rules));
      }
    }
    return passes.isEmpty()
        ? Optional.empty()
        : Optional.of(new cn.onemap.tiles.style.UserStyle(style.name(), style.title(), passes));
  }
}
