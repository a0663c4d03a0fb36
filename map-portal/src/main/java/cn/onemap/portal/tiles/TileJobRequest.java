package cn.onemap.portal.tiles;

import java.util.List;

/**
 * The JSON body of {@code POST /api/tiles/seed|truncate|export}.
 *
 * @param tilesets tileset ids ({@code basemap}, {@code basemap_labels}, layer ids); export takes
 *     exactly one
 * @param tileMatrixSet {@code c}, {@code w}, {@code WorldCRS84Quad}, {@code WebMercatorQuad},
 *     {@code MeizhouGK}
 * @param fromLevel first level identifier
 * @param toLevel last level identifier (default: fromLevel)
 * @param bbox {@code [minLon, minLat, maxLon, maxLat]} in CGCS2000
 * @param wkt a polygon in CGCS2000 longitude/latitude
 * @param unitGrid a unit grid code (单元网格编码) of {@code gridLayer}
 * @param gridLayer the unit grid layer (default {@code unit_grids})
 * @param formats {@code png}, {@code png8}, {@code jpeg}, {@code mvt} (default png); export uses
 *     the first
 * @param style a style name (default {@code default})
 * @param time ISO 8601 instant: tiles of the map as of then (default now)
 * @param force seeding re-renders tiles already cached
 * @param packageFormat export: {@code mbtiles} (default) or {@code pmtiles}
 */
record TileJobRequest(
    List<String> tilesets,
    String tileMatrixSet,
    String fromLevel,
    String toLevel,
    List<Double> bbox,
    String wkt,
    String unitGrid,
    String gridLayer,
    List<String> formats,
    String style,
    String time,
    Boolean force,
    String packageFormat) {}
