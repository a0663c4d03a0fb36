package cn.onemap.core.crs;

/**
 * Static shortcuts on {@link CrsRegistry#defaultRegistry()}, in the spirit of JTS's {@code *Op}
 * static methods: {@code Transforms.get("EPSG:4490", "EPSG:4548").transform(lon, lat)}.
 */
public final class Transforms {
  private Transforms() {}

  /** The cached transform between two codes in any accepted spelling. */
  public static CoordinateTransform get(String from, String to) {
    return CrsRegistry.defaultRegistry().transform(from, to);
  }

  /** The cached transform using the named datum shift for the legacy side. */
  public static CoordinateTransform get(String from, String to, String datumShift) {
    return CrsRegistry.defaultRegistry().transform(from, to, datumShift);
  }
}
