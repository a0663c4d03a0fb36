/**
 * Thematic maps (专题图) generated from a layer's data as ordinary styles: a category style (one rule
 * per distinct value, in the code list's colours when it has them), a graduated style (classes of a
 * numeric attribute by equal interval, quantile or Jenks natural breaks, a sequential palette) and
 * a heat map (kernel density of the layer's points). {@link cn.onemap.tiles.thematic.ThematicSpec}
 * is the request, with a compact style name ({@code thematic-…}) that any node can turn back into
 * the same style; {@link cn.onemap.tiles.thematic.ThematicStyles} reads the data and builds the
 * style ({@link cn.onemap.tiles.sld.SldWriter} writes it as SLD).
 */
package cn.onemap.tiles.thematic;
