package cn.onemap.ogc.wms;

import cn.onemap.tiles.render.LayerRender;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A parsed GetMap (and the map part of a GetFeatureInfo).
 *
 * @param version 1.3.0 or 1.1.1
 * @param frame size, format, background and exception mode
 * @param crs the map CRS with its wire axis order
 * @param bbox the map extent in {@code crs}, x = east (already converted from the wire order)
 * @param layers bottom first, each with its style, CQL filter and as-of instant
 * @param dpi the resolution drawn for ({@link DpiParam}; 90.7 = the standard 0.28 mm pixel)
 */
record GetMapRequest(
    String version,
    ImageFrame frame,
    WmsCrs crs,
    Envelope bbox,
    List<LayerRender> layers,
    double dpi) {

  GetMapRequest {
    layers = List.copyOf(layers);
  }
}
