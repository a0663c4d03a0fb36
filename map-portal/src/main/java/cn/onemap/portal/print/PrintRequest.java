package cn.onemap.portal.print;

import java.util.List;

/**
 * The body of {@code POST /api/print}.
 *
 * @param title printed above the map (1–60 characters)
 * @param layers the catalog layers to draw, bottom first (as WMS LAYERS), each with its opacity
 * @param basemap draw the base map (the base layers of the {@code basemap} tileset) below them
 * @param basemapStyle {@code vector} (default) or {@code imagery} (the 影像 colours on a dark ground)
 * @param labels draw the base map's labels above every layer, as the map's 注记 (default true)
 * @param bbox minX,minY,maxX,maxY in {@code crs} (x = east); or give {@code centre} and {@code
 *     scale}
 * @param centre the map centre in {@code crs} (x, y), with {@code scale}
 * @param scale the scale denominator (e.g. 10000 for 1:10,000), with {@code centre}
 * @param crs EPSG:4490 (default), EPSG:3857 or EPSG:4548
 * @param asOf draw versioned layers as of this date or instant (as WMS TIME), null for now
 * @param paper A4 (default) or A3
 * @param orientation landscape (default) or portrait
 * @param dpi 150 (default) or 300
 * @param format pdf (default) or png
 */
public record PrintRequest(
    String title,
    List<PrintLayer> layers,
    Boolean basemap,
    String basemapStyle,
    Boolean labels,
    double[] bbox,
    double[] centre,
    Double scale,
    String crs,
    String asOf,
    String paper,
    String orientation,
    Integer dpi,
    String format) {

  /**
   * One layer of a print: its id, opacity 0–1 (default 1) and style: one of the layer's named
   * styles (WMS STYLES), its default when absent.
   */
  public record PrintLayer(String id, Double opacity, String style) {
    public PrintLayer(String id, Double opacity) {
      this(id, opacity, null);
    }
  }
}
