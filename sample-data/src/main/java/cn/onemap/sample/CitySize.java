package cn.onemap.sample;

/**
 * How much city to generate. Both sizes use the same rules and densities where they can; they
 * differ in the area covered and in the amounts of the streamed layers.
 *
 * <ul>
 *   <li>{@link #SMALL}: the old town on both banks of the 梅江 (about 3.2 km × 2.7 km, parts of 金山、
 *       西郊、江南 and their neighbours), for tests: generated and loaded in a few seconds.
 *   <li>{@link #LARGE}: the central city 116.05–116.20E, 24.22–24.36N (about 15 km × 15.5 km), for
 *       benchmarks: at least 1,000,000 city parts, 100,000 pipe segments, 300,000 standard
 *       addresses and 5,000,000 events.
 * </ul>
 */
public enum CitySize {
  SMALL(
      new CitySpec(
          "small", 116.096, 24.276, 116.128, 24.300, 4.0, 15.0, 40.0, 20.0, 0.03, 150, 5_000)),
  LARGE(
      new CitySpec(
          "large", 116.05, 24.22, 116.20, 24.36, 4.5, 4.0, 25.0, 20.0, 0.8, 5_000, 5_000_000));

  private final CitySpec spec;

  CitySize(CitySpec spec) {
    this.spec = spec;
  }

  public CitySpec spec() {
    return spec;
  }
}
