/**
 * Offline tile packages for phones and field laptops: MBTiles 1.3 (SQLite) and PMTiles v3 (written
 * here: Hilbert tile ids, varint directories), with a reader for checks.
 */
package cn.onemap.tiles.pack;
