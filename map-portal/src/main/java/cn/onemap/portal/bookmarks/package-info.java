/**
 * Named bookmarks per user: a saved workbench view (its permalink state: centre, zoom, CRS, visible
 * layers, base map, time, selection) under a name, in the portal table {@code om_bookmark} (Flyway
 * V5). Signed-in users only; each user sees and deletes only their own.
 */
package cn.onemap.portal.bookmarks;
