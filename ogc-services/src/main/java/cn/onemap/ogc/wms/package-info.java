/**
 * WMS 1.3.0 and 1.1.1 over the feature store and the tile-service renderer: GetCapabilities (only
 * the layers the caller may read, with their named styles), GetMap (KVP or the SLD-encoded XML
 * POST; several layers, default or named styles from a {@link cn.onemap.ogc.wms.StyleCatalog},
 * SLD_BODY, SLD by URL from allow-listed hosts only, CQL_FILTER, TIME instants and intervals as-of,
 * PNG/PNG8/JPEG, XML/INIMAGE/BLANK exceptions), GetFeatureInfo (HTML, GeoJSON, GML) and
 * GetLegendGraphic. {@link cn.onemap.ogc.wms.WmsService#descriptor} plugs the service into the
 * {@code OwsDispatcher}; WMS axis order (EPSG order in 1.3.0, x/y in 1.1.1) is decided by {@link
 * cn.onemap.ogc.wms.WmsCrs} with the shared {@code AxisConvention}.
 */
package cn.onemap.ogc.wms;
