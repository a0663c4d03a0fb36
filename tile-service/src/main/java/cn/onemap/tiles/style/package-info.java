/**
 * The style model: immutable records mirroring SLD 1.0 / Symbology Encoding 1.1 ({@link
 * cn.onemap.tiles.style.UserStyle} → {@link cn.onemap.tiles.style.FeatureTypeStyle} → {@link
 * cn.onemap.tiles.style.Rule} → {@link cn.onemap.tiles.style.Symbolizer}), limited to what the
 * renderer draws: well-known marks, solid fills and strokes with dashes, and text with halos and
 * point or line placement. No external graphics, graphic fills or expressions beyond a property
 * name or literal label. {@link cn.onemap.tiles.style.DefaultStyles} gives each layer kind its
 * default look (CJJ 61 pipeline colours and so on).
 */
package cn.onemap.tiles.style;
