package cn.onemap.tiles.style;

/** How a matching feature is drawn. */
public sealed interface Symbolizer
    permits PointSymbolizer, LineSymbolizer, PolygonSymbolizer, TextSymbolizer, HeatmapSymbolizer {}
