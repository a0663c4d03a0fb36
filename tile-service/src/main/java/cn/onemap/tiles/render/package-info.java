/**
 * Java2D rendering of store features into images. {@link cn.onemap.tiles.render.MapRenderer} reads
 * each layer with one bbox query (grown by a symbol margin, so the spatial index is used; only the
 * attributes the style reads), transforms from CGCS2000 to the map CRS with gis-core's transforms
 * (a view beyond the storage CRS's domain is clipped to it), decimates coordinates in screen space
 * and draws while streaming; point graphics are rasterized once per graphic and stamped ({@link
 * cn.onemap.tiles.render.MarkSprite}). Only labels are kept, then placed with collision avoidance
 * (earlier layers and rules win; optionally in a buffer around the image, for tiles) using
 * CJK-capable fonts. Limits: image size, features per layer, a time budget.
 */
package cn.onemap.tiles.render;
