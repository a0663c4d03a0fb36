package cn.onemap.tiles.seed;

/**
 * Where a tile job stands.
 *
 * @param total tiles (or metatiles for seeding) to visit, an upper bound for polygon areas
 * @param done visited so far
 * @param rendered produced
 * @param skipped already cached (seeding) or absent (truncation)
 * @param failed production failures (each message goes to the report)
 * @param bytes bytes produced or written
 */
public record JobProgress(
    long total, long done, long rendered, long skipped, long failed, long bytes) {
  public double fraction() {
    return total == 0 ? 1 : Math.min(1, (double) done / total);
  }
}
