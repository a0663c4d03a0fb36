/**
 * Thematic maps over REST: {@code POST /api/layers/{id}/thematic} makes a category, graduated or
 * heat style from a readable layer's data (tile-service's {@code ThematicStyles}) and answers its
 * SLD and its style name; the WMS draws and legends the same name ({@code STYLES=thematic-…}).
 */
package cn.onemap.portal.thematic;
