/**
 * The REST API for the catalog and features: the layers a caller may read, features as GeoJSON
 * (streamed from the store's cursor), one feature, its history and its state as of a past instant.
 */
package cn.onemap.portal.layers;
