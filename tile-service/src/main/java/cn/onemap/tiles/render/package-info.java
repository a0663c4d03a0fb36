/**
 * Java2D rendering of store features into images. {@link cn.onemap.tiles.render.MapRenderer} reads
 * each layer with one bbox query (grown by a symbol margin, so the spatial index is used),
 * transforms from CGCS2000 to the map CRS with gis-core's transforms, decimates coordinates in
 * screen space and draws while streaming; only labels are kept, then placed with collision
 * avoidance (earlier layers and rules win) using CJK-capable fonts. Limits: image size, features
 * per layer, a time budget.
 */
package cn.onemap.tiles.render;
