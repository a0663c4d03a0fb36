package cn.onemap.workflow.patrol;

import java.util.List;

/**
 * What {@link TrackCleaner} kept of an uploaded track, and how many points it dropped for each
 * reason.
 *
 * @param points the kept fixes, in time order
 * @param droppedInaccurate fixes whose accuracy was worse than the limit
 * @param droppedOutside fixes outside the city
 * @param droppedJumps fixes implying a speed above the limit from the last kept one (GPS jumps)
 * @param droppedDuplicates fixes with the time of the previous one
 */
public record CleanTrack(
    List<TrackPoint> points,
    int droppedInaccurate,
    int droppedOutside,
    int droppedJumps,
    int droppedDuplicates) {
  public CleanTrack {
    points = List.copyOf(points);
  }

  public int dropped() {
    return droppedInaccurate + droppedOutside + droppedJumps + droppedDuplicates;
  }
}
