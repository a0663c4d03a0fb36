/**
 * Reads SLD 1.0 and Symbology Encoding 1.1 (SLD 1.1) documents into the style model with the JDK's
 * StAX parser: DTDs and external entities are refused, documents are limited in size, nesting and
 * element count, and every error is an {@link cn.onemap.tiles.sld.SldParseException} with the line
 * and column. Rule filters ({@code ogc:Filter}) become GeoTools filters. Elements the renderer does
 * not draw (external graphics, graphic fills, vendor options) are ignored; unknown well-known marks
 * and malformed values are errors. GeoServer's heat map rendering transformation ({@code
 * Transformation/ogc:Function name="vec:Heatmap"} with a RasterSymbolizer ColorMap) is read as a
 * {@link cn.onemap.tiles.style.HeatmapSymbolizer}. {@link cn.onemap.tiles.sld.SldWriter} writes the
 * style model back as SLD 1.0.
 */
package cn.onemap.tiles.sld;
