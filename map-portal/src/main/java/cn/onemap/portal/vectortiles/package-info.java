/**
 * Vector tiles over HTTP: the XYZ Mapbox Vector Tile endpoint {@code
 * /tiles/{tileset}/{tms}/{z}/{x}/{y}.mvt|.pbf} and the vector tile source the OGC API – Tiles
 * vector tilesets ({@code /ogcapi/.../tiles}) share with it.
 */
package cn.onemap.portal.vectortiles;
