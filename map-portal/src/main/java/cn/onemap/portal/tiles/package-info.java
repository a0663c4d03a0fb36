/**
 * Tile cache administration over REST ({@code /api/tiles}, ADMIN): seeding, truncation and offline
 * packages as portal jobs over tile-service's seeder and exporter, and the cache's counters.
 */
package cn.onemap.portal.tiles;
