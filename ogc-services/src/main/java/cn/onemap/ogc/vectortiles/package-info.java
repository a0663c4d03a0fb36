/**
 * OGC API – Tiles for vector data (Mapbox Vector Tiles): the tilesets of every readable collection
 * under {@code /ogcapi/collections/{id}/tiles} and of the combined base map under {@code
 * /ogcapi/tiles}, each in every tile matrix set, with TileSet metadata that lists the MVT layers
 * and their fields. An {@link cn.onemap.ogc.api.OgcApiExtension} of the Features API.
 */
package cn.onemap.ogc.vectortiles;
