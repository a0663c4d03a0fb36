package cn.onemap.tiles.render;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.UserStyle;

/**
 * Checks a style against a layer's schema the way a render would, at every scale: each rule's
 * filter compiles, labels and heat-map weights name attributes of the layer. A style saved for a
 * layer is checked before it is kept, so a typo is an error for the administrator who made it, not
 * for every map that draws it later.
 */
public final class StyleCheck {
  private StyleCheck() {}

  /** {@link TilesException} (UNKNOWN_PROPERTY and the like) naming the first fault. */
  public static void check(UserStyle style, LayerDefinition layer) {
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      for (Rule r : fts.rules()) {
        StylePass.checkLabels(r, layer);
        r.filter().ifPresent(f -> AttributeFilter.compile(f, layer));
      }
    }
  }
}
