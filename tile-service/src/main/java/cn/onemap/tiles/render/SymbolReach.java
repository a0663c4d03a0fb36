package cn.onemap.tiles.render;

import java.util.List;

/**
 * How far a layer's drawing reaches beyond its features' geometry at one scale, for caches that
 * must know which tiles an edit can change: the widest stroke or mark (what the renderer grows its
 * query by), and whether any label is drawn (labels reach as far as the tile renderer's label
 * buffer, and their collisions can move other labels anywhere in the same render).
 *
 * @param marginPx pixels symbols reach beyond the geometry
 * @param labels whether a rule at this scale draws labels
 * @param draws whether any rule applies at this scale at all
 */
public record SymbolReach(double marginPx, boolean labels, boolean draws) {

  /** The reach of a layer's style at a scale denominator (0.28 mm pixels, as rules use). */
  public static SymbolReach of(LayerRender layer, double scaleDenominator) {
    List<StylePass> passes = StylePass.compile(layer, scaleDenominator);
    double m = 0;
    boolean labels = false;
    for (StylePass p : passes) {
      m = Math.max(m, p.marginPx());
      labels |= p.hasLabels();
    }
    return new SymbolReach(m, labels, !passes.isEmpty());
  }
}
