/**
 * WMTS 1.0.0 (KVP and RESTful): capabilities with Tianditu's {@code c}/{@code w}, OGC's quads and
 * the local Gauss-Krüger set; GetTile from tile-service's {@code TileSource}; GetFeatureInfo
 * answered by the WMS's. Tianditu's spellings ({@code FORMAT=tiles}, {@code STYLE=default},
 * lower-case keys, layers {@code vec}/{@code cva}) work, so Tianditu clients need only a new host.
 * Plain Java over {@code OgcRequest}/{@code OgcResponse}; entry point {@link
 * cn.onemap.ogc.wmts.Wmts}.
 */
package cn.onemap.ogc.wmts;
