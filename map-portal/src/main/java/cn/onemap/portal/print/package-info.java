/**
 * Printing the map to PDF or PNG ({@code POST /api/print}): the portal's adapter of ogc-services'
 * {@code cn.onemap.ogc.print}. Layers go through {@code LayerAccess} (an unreadable one is not
 * found), are drawn by the WMS renderer with the tiles' styles and as of the asked time; small
 * pages are answered at once, big ones (A3 at 300 dpi) run as a {@code Jobs} job whose file is
 * fetched when done.
 */
package cn.onemap.portal.print;
