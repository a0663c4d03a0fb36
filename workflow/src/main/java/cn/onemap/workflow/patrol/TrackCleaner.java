package cn.onemap.workflow.patrol;

import cn.onemap.workflow.WorkflowException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * Checks and cleans an uploaded patrol track. Refused outright (nothing stored): more than {@link
 * #maxPoints} points ({@code TRACK_TOO_LARGE}), a time going backwards ({@code INVALID_TRACK}), and
 * what is left after cleaning when it has fewer than two points or is shorter than {@link
 * #minLengthMetres} ({@code TRACK_TOO_SHORT}). Dropped, counted in the {@link CleanTrack}: fixes
 * with an accuracy worse than {@link #maxAccuracyMetres}, fixes outside the city's envelope, a
 * second fix at the same time, and GPS jumps — a fix that would mean moving faster than {@link
 * #maxSpeed} m/s from the last kept one (a grid manager walks or rides; 30 m/s is 108 km/h).
 *
 * <p>Distances here are great-circle distances on a sphere of the CGCS2000 ellipsoid's mean radius:
 * within 0.5% of the ellipsoidal ones, plenty for a speed test. Lengths and areas that are stored
 * or shown are measured on the Gauss-Krüger plane ({@code cn.onemap.core.crs.Measurements}).
 */
public final class TrackCleaner {
  /** Mean radius of the CGCS2000 ellipsoid, (2a + b) / 3, metres. */
  static final double MEAN_RADIUS = 6_371_008.77;

  public static final int DEFAULT_MAX_POINTS = 20_000;
  public static final double DEFAULT_MAX_ACCURACY = 50;
  public static final double DEFAULT_MAX_SPEED = 30;
  public static final double DEFAULT_MIN_LENGTH = 10;

  private final Envelope city;
  private final int maxPoints;
  private final double maxAccuracyMetres;
  private final double maxSpeed;
  private final double minLengthMetres;

  /**
   * @param city the lon/lat envelope a fix must lie in
   */
  public TrackCleaner(
      Envelope city,
      int maxPoints,
      double maxAccuracyMetres,
      double maxSpeed,
      double minLengthMetres) {
    if (city == null || city.isNull()) {
      throw new IllegalArgumentException("the city's envelope is required");
    }
    if (maxPoints < 2 || !(maxAccuracyMetres > 0) || !(maxSpeed > 0) || !(minLengthMetres >= 0)) {
      throw new IllegalArgumentException(
          "limits must be positive: points "
              + maxPoints
              + ", accuracy "
              + maxAccuracyMetres
              + ", speed "
              + maxSpeed
              + ", length "
              + minLengthMetres);
    }
    this.city = city;
    this.maxPoints = maxPoints;
    this.maxAccuracyMetres = maxAccuracyMetres;
    this.maxSpeed = maxSpeed;
    this.minLengthMetres = minLengthMetres;
  }

  /** The default limits (20,000 points, 50 m, 30 m/s, 10 m) for the city's envelope. */
  public static TrackCleaner forCity(Envelope city) {
    return new TrackCleaner(
        city, DEFAULT_MAX_POINTS, DEFAULT_MAX_ACCURACY, DEFAULT_MAX_SPEED, DEFAULT_MIN_LENGTH);
  }

  public int maxPoints() {
    return maxPoints;
  }

  public CleanTrack clean(List<TrackPoint> points) {
    if (points == null || points.isEmpty()) {
      throw tooShort(0, 0);
    }
    if (points.size() > maxPoints) {
      throw new WorkflowException(
          "TRACK_TOO_LARGE",
          "a track has at most " + maxPoints + " points, this one " + points.size(),
          Map.of("maxPoints", maxPoints, "points", points.size()));
    }
    List<TrackPoint> kept = new ArrayList<>();
    int inaccurate = 0;
    int outside = 0;
    int jumps = 0;
    int duplicates = 0;
    TrackPoint previous = null;
    for (int i = 0; i < points.size(); i++) {
      TrackPoint p = points.get(i);
      if (previous != null && p.t().isBefore(previous.t())) {
        throw new WorkflowException(
            "INVALID_TRACK",
            "point "
                + i
                + " at "
                + p.t()
                + " is earlier than the point before it ("
                + previous.t()
                + "): times must increase",
            Map.of("index", i));
      }
      TrackPoint before = previous;
      previous = p;
      if (before != null && p.t().equals(before.t())) {
        duplicates++;
        continue;
      }
      if (p.accuracy() > maxAccuracyMetres) {
        inaccurate++;
        continue;
      }
      if (!city.contains(p.lon(), p.lat())) {
        outside++;
        continue;
      }
      if (!kept.isEmpty()) {
        TrackPoint last = kept.get(kept.size() - 1);
        double seconds = Duration.between(last.t(), p.t()).toMillis() / 1000.0;
        if (distance(last, p) > maxSpeed * seconds) {
          jumps++;
          continue;
        }
      }
      kept.add(p);
    }
    double length = 0;
    for (int i = 1; i < kept.size(); i++) {
      length += distance(kept.get(i - 1), kept.get(i));
    }
    if (kept.size() < 2 || length < minLengthMetres) {
      throw tooShort(kept.size(), length);
    }
    return new CleanTrack(kept, inaccurate, outside, jumps, duplicates);
  }

  private WorkflowException tooShort(int kept, double length) {
    return new WorkflowException(
        "TRACK_TOO_SHORT",
        "after dropping poor fixes the track has "
            + kept
            + " points and "
            + Math.round(length)
            + " m; a patrol needs at least 2 points and "
            + Math.round(minLengthMetres)
            + " m",
        Map.of("points", kept, "lengthMetres", Math.round(length)));
  }

  /** Great-circle distance in metres (haversine). */
  static double distance(TrackPoint a, TrackPoint b) {
    double f1 = Math.toRadians(a.lat());
    double f2 = Math.toRadians(b.lat());
    double df = f2 - f1;
    double dl = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(df / 2) * Math.sin(df / 2)
            + Math.cos(f1) * Math.cos(f2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * MEAN_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
