package cn.onemap.tiles.render;

import cn.onemap.tiles.style.TextSymbolizer;
import java.awt.geom.Point2D;

/**
 * A label waiting for placement, in screen coordinates.
 *
 * @param priority lower places first (layer, pass and rule order, then stream order)
 * @param text the label text
 * @param symbolizer how to draw it
 * @param anchor the point for point placement (also the fallback for line labels)
 * @param path screen polyline x0,y0,x1,y1… for line placement; null for point placement
 */
record LabelCandidate(
    long priority, String text, TextSymbolizer symbolizer, Point2D anchor, double[] path) {}
