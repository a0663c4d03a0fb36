/**
 * WFS 2.0.0 and 1.1.0 over the feature store: {@link cn.onemap.ogc.wfs.WfsService#descriptor}
 * builds the service descriptor the {@link cn.onemap.ogc.ows.OwsDispatcher} dispatches to; one
 * handler per operation (GetCapabilities, DescribeFeatureType, GetFeature, GetPropertyValue, stored
 * queries, Transaction), one reader per request encoding (KVP, XML) and one writer per output
 * format (GML 3.2, GML 3.1.1, GeoJSON). Feature type names are {@code onemap:<layerId>} in the
 * namespace of {@link cn.onemap.ogc.wfs.WfsConfig#namespaceUri()}.
 */
package cn.onemap.ogc.wfs;
