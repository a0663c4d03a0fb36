package cn.onemap.sample;

/**
 * The parameters of one city size.
 *
 * @param name lower-case name ("small", "large")
 * @param minLon west edge of the generated area (CGCS2000 degrees)
 * @param minLat south edge
 * @param maxLon east edge
 * @param maxLat north edge
 * @param urbanRadiusKm radius around the centre (梅江 old town) with dense streets and communities
 *     (社区); outside it streets are sparser and communities are villages (村)
 * @param treeSpacing metres between street trees on each side of a street
 * @param lampSpacing metres between street lamps on each side of a street
 * @param doorSpacing metres between door plates (门牌) on each side of a street
 * @param roomDensity fraction of the maximum rooms per residential building (tunes address counts)
 * @param bureauRecords records in each bureau's file
 * @param events 城管 cases over the two years
 */
public record CitySpec(
    String name,
    double minLon,
    double minLat,
    double maxLon,
    double maxLat,
    double urbanRadiusKm,
    double treeSpacing,
    double lampSpacing,
    double doorSpacing,
    double roomDensity,
    int bureauRecords,
    long events) {

  /** The seed of every random stream; changing it makes a different but equally valid city. */
  public static final long SEED = 4414_2026L;

  /** Centre of the old town (凌风路/梅江桥 area), CGCS2000. */
  public static final double CENTRE_LON = 116.118;

  public static final double CENTRE_LAT = 24.290;

  /** Edge of the unit-grid lattice in metres: a 万米单元网格 is about 100 m × 100 m. */
  public static final double CELL = 100.0;
}
