/**
 * Geometry in and out: parsing WKT, WKB and GeoJSON into JTS with errors a user can act on,
 * validity checks that name the offending coordinate, and safe repair for loaders. The store
 * refuses invalid geometry; loaders may repair first and report what they changed.
 */
package cn.onemap.core.geom;
