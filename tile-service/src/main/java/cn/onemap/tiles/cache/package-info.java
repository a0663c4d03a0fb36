/**
 * The tile cache: bounded memory (Caffeine) over a restart-proof disk layout with atomic writes,
 * checksums and an LRU size limit; {@link cn.onemap.tiles.cache.CachedTiles} produces misses one
 * metatile at a time; {@link cn.onemap.tiles.cache.TileInvalidator} truncates exactly the tiles an
 * edit can change, read from the store's change log (so it reaches every node sharing the
 * database).
 */
package cn.onemap.tiles.cache;
