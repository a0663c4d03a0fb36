package cn.onemap.core.crs;

import java.util.Optional;

/**
 * The datum a CRS belongs to, which decides how a transform between two CRSs is built: within one
 * family it is a pure (re)projection; between families it needs a datum step.
 *
 * <p>{@link #WGS84} and {@link #CGCS2000} are treated as identical (their realisations differ by
 * well under 1 m at city scale, below the accuracy of anything tagged WGS84 in practice). {@link
 * #GCJ02} and {@link #BD09} are the deliberate offsets of WGS84 used by Chinese commercial maps.
 * {@link #XIAN80}, {@link #BEIJING54} and {@link #LOCAL} city grids are legacy: reaching CGCS2000
 * from them needs a configured {@link DatumShift}.
 */
public enum DatumFamily {
  CGCS2000("China Geodetic Coordinate System 2000", Ellipsoid.CGCS2000),
  WGS84("World Geodetic System 1984", Ellipsoid.WGS84),
  XIAN80("Xian 1980", Ellipsoid.IAG_1975),
  BEIJING54("Beijing 1954", Ellipsoid.KRASSOWSKY_1940),
  GCJ02("GCJ-02 (AMap/Tencent offset of WGS 84)", Ellipsoid.WGS84),
  BD09("BD-09 (Baidu offset of GCJ-02)", Ellipsoid.WGS84),
  /** A city's own plane grid (城市独立坐标系), only reachable through a 4-parameter set. */
  LOCAL("local city grid", null);

  private final String title;
  private final Ellipsoid ellipsoid;

  DatumFamily(String title, Ellipsoid ellipsoid) {
    this.title = title;
    this.ellipsoid = ellipsoid;
  }

  /** Human-readable name of the datum. */
  public String title() {
    return title;
  }

  /** The datum's ellipsoid; empty for {@link #LOCAL} grids whose ellipsoid is not known. */
  public Optional<Ellipsoid> ellipsoid() {
    return Optional.ofNullable(ellipsoid);
  }

  /** True when transforms to CGCS2000 need a configured datum shift. */
  public boolean isLegacy() {
    return this == XIAN80 || this == BEIJING54 || this == LOCAL;
  }

  /** True for the commercial-map offsets GCJ-02 and BD-09. */
  public boolean isOffset() {
    return this == GCJ02 || this == BD09;
  }
}
