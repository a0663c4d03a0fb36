package cn.onemap.workflow.patrol;

import cn.onemap.workflow.WorkflowException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One GPS fix of a patrol track: CGCS2000 longitude and latitude (GPS's WGS 84 is within a few
 * centimetres of it), the time of the fix and its horizontal accuracy in metres (the 68% radius the
 * phone reports; {@code NaN} when unknown).
 */
public record TrackPoint(double lon, double lat, Instant t, double accuracy) {
  public TrackPoint {
    Objects.requireNonNull(t, "t");
    if (!Double.isFinite(lon)
        || !Double.isFinite(lat)
        || Math.abs(lon) > 180
        || Math.abs(lat) > 90) {
      throw new WorkflowException(
          "INVALID_TRACK",
          "a track point needs a finite longitude and latitude, not " + lon + ", " + lat,
          Map.of("lon", String.valueOf(lon), "lat", String.valueOf(lat)));
    }
  }
}
