/**
 * Tiles in the portal: beans for the tilesets, the raster producer, the tile cache, the invalidator
 * that keeps it fresh from the store's change log, and the seeder and exporter behind the admin
 * tile API ({@code /api/tiles}, ADMIN): seeding, truncation and offline packages as portal jobs,
 * and the cache's counters.
 */
package cn.onemap.portal.tiles;
