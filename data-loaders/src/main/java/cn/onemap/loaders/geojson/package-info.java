/**
 * GeoJSON sources: FeatureCollections streamed with Jackson's parser, geometries built from tokens
 * without a JSON tree.
 */
package cn.onemap.loaders.geojson;
