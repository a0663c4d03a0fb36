/**
 * WMS 1.3.0 and 1.1.1 over the feature store and the tile-service renderer: GetCapabilities (only
 * the layers the caller may read), GetMap (several layers, default or named styles, SLD_BODY,
 * CQL_FILTER, TIME as-of, PNG/PNG8/JPEG, XML/INIMAGE/BLANK exceptions), GetFeatureInfo (HTML,
 * GeoJSON, GML) and GetLegendGraphic. {@link cn.onemap.ogc.wms.WmsService#descriptor} plugs the
 * service into the {@code OwsDispatcher}; WMS 1.3.0 axis order (latitude first for EPSG geographic
 * systems, northing first for the Chinese Gauss-Krüger zones) is handled by {@link
 * cn.onemap.ogc.wms.WmsCrs} alone.
 */
package cn.onemap.ogc.wms;
