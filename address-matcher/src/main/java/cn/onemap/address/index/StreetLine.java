package cn.onemap.address.index;

import cn.onemap.address.Position;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A street of the registry: names (today's and former), county, its line, and its door plates
 * sorted by number with their measure along the line and signed offset from it (left positive), for
 * interpolating door numbers the registry lacks.
 *
 * <p>Geometry is held in a local plane (metres east/north of the first vertex, equirectangular:
 * exact enough along one street) and converted back to CGCS2000 lon/lat for output.
 */
public final class StreetLine {
  private static final double M_PER_DEG_LAT = 110_574;
  private final int index;
  private final String code;
  private final String name;
  private final List<String> formerNames;
  private final String countyCode;
  private final double lon0;
  private final double lat0;
  private final double mPerDegLon;
  private final double[] px;
  private final double[] py;
  private final double[] cum;
  private int[] doorNumbers = new int[0];
  private int[] doorAddresses = new int[0];
  private double[] doorMeasure = new double[0];
  private double[] doorOffset = new double[0];

  /** A street; {@code lonLat} holds x0, y0, x1, y1, … in CGCS2000. */
  public StreetLine(
      int index,
      String code,
      String name,
      List<String> formerNames,
      String countyCode,
      double[] lonLat) {
    this.index = index;
    this.code = code;
    this.name = name;
    this.formerNames = List.copyOf(formerNames);
    this.countyCode = countyCode;
    int n = lonLat.length / 2;
    this.lon0 = lonLat[0];
    this.lat0 = lonLat[1];
    this.mPerDegLon = M_PER_DEG_LAT * Math.cos(Math.toRadians(lat0)) * 1.0034;
    px = new double[n];
    py = new double[n];
    cum = new double[n];
    for (int k = 0; k < n; k++) {
      px[k] = (lonLat[2 * k] - lon0) * mPerDegLon;
      py[k] = (lonLat[2 * k + 1] - lat0) * M_PER_DEG_LAT;
      if (k > 0) {
        cum[k] = cum[k - 1] + Math.hypot(px[k] - px[k - 1], py[k] - py[k - 1]);
      }
    }
  }

  public int index() {
    return index;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public List<String> formerNames() {
    return formerNames;
  }

  public String countyCode() {
    return countyCode;
  }

  public double length() {
    return cum[cum.length - 1];
  }

  /** Sets the door plates (parallel arrays, any order); called once by the loader. */
  void doors(int[] numbers, int[] addresses, double[] lon, double[] lat) {
    Integer[] order = new Integer[numbers.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(numbers[a], numbers[b]));
    doorNumbers = new int[numbers.length];
    doorAddresses = new int[numbers.length];
    doorMeasure = new double[numbers.length];
    doorOffset = new double[numbers.length];
    for (int k = 0; k < order.length; k++) {
      int o = order[k];
      doorNumbers[k] = numbers[o];
      doorAddresses[k] = addresses[o];
      double[] mo = project((lon[o] - lon0) * mPerDegLon, (lat[o] - lat0) * M_PER_DEG_LAT);
      doorMeasure[k] = mo[0];
      doorOffset[k] = mo[1];
    }
  }

  /** The address index of door plate {@code number}, if registered. */
  public OptionalInt door(int number) {
    int k = java.util.Arrays.binarySearch(doorNumbers, number);
    return k >= 0 ? OptionalInt.of(doorAddresses[k]) : OptionalInt.empty();
  }

  public int doorCount() {
    return doorNumbers.length;
  }

  /**
   * Where door {@code number} would be: between the nearest registered plates of the same parity
   * below and above it, at the same fraction of the way along the line and on their side. Empty
   * when the number is registered, or outside the range of its side's plates (no interpolation
   * beyond the ends: such a number may not exist).
   */
  public Optional<Position> interpolate(int number) {
    if (number <= 0 || door(number).isPresent()) {
      return Optional.empty();
    }
    int below = -1;
    int above = -1;
    for (int k = 0; k < doorNumbers.length; k++) {
      if ((doorNumbers[k] & 1) != (number & 1)) {
        continue;
      }
      if (doorNumbers[k] < number) {
        below = k;
      } else if (above < 0) {
        above = k;
      }
    }
    if (below < 0 || above < 0) {
      return Optional.empty();
    }
    double t = (number - doorNumbers[below]) / (double) (doorNumbers[above] - doorNumbers[below]);
    double m = doorMeasure[below] + t * (doorMeasure[above] - doorMeasure[below]);
    double off = doorOffset[below] + t * (doorOffset[above] - doorOffset[below]);
    double[] p = pointAt(m, off);
    return Optional.of(new Position(lon0 + p[0] / mPerDegLon, lat0 + p[1] / M_PER_DEG_LAT));
  }

  /** Measure along the line and signed offset (left of the direction positive) of a point. */
  double[] project(double x, double y) {
    double best = Double.MAX_VALUE;
    double measure = 0;
    double offset = 0;
    for (int k = 1; k < px.length; k++) {
      double dx = px[k] - px[k - 1];
      double dy = py[k] - py[k - 1];
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : ((x - px[k - 1]) * dx + (y - py[k - 1]) * dy) / len2;
      t = Math.max(0, Math.min(1, t));
      double qx = px[k - 1] + t * dx;
      double qy = py[k - 1] + t * dy;
      double d = Math.hypot(x - qx, y - qy);
      if (d < best) {
        best = d;
        measure = cum[k - 1] + t * Math.sqrt(len2);
        double cross = dx * (y - py[k - 1]) - dy * (x - px[k - 1]);
        offset = Math.signum(cross) * d;
      }
    }
    return new double[] {measure, offset};
  }

  /** The local-plane point at a measure, moved {@code offset} metres to the left. */
  double[] pointAt(double measure, double offset) {
    for (int k = 1; k < px.length; k++) {
      if (measure <= cum[k] || k == px.length - 1) {
        double len = cum[k] - cum[k - 1];
        double dx = len == 0 ? 0 : (px[k] - px[k - 1]) / len;
        double dy = len == 0 ? 0 : (py[k] - py[k - 1]) / len;
        double s = measure - cum[k - 1];
        return new double[] {px[k - 1] + dx * s - dy * offset, py[k - 1] + dy * s + dx * offset};
      }
    }
    return new double[] {px[0], py[0]};
  }

  /** The middle of the line, for street-level answers. */
  public Position middle() {
    double[] p = pointAt(length() / 2, 0);
    return new Position(lon0 + p[0] / mPerDegLon, lat0 + p[1] / M_PER_DEG_LAT);
  }
}
