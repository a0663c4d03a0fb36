package cn.onemap.tiles.cache;

/**
 * A snapshot of the cache's counters since start (sizes are current).
 *
 * @param memoryTiles tiles held in memory
 * @param memoryBytes their weight in bytes
 * @param diskTiles files on disk
 * @param diskBytes their size
 * @param memoryHits requests answered from memory
 * @param diskHits requests answered from disk
 * @param misses requests that had to be produced
 * @param refused rendered tiles not stored because a truncation touched them meanwhile
 * @param truncated files deleted by truncations
 * @param corrupt damaged files found, deleted and re-rendered
 * @param evicted files deleted by the disk size limit
 */
public record CacheStats(
    long memoryTiles,
    long memoryBytes,
    long diskTiles,
    long diskBytes,
    long memoryHits,
    long diskHits,
    long misses,
    long refused,
    long truncated,
    long corrupt,
    long evicted) {}
