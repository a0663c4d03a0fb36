package cn.onemap.workflow.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.workflow.WorkflowException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * A walk north along a meridian at 24.29°N: one millidegree of latitude is 111.2 m, so a fix every
 * 100 s at 0.001° apart is 1.1 m/s (walking); a fix 0.01° off after 10 s is a jump of ~110 m/s.
 */
class TrackCleanerTest {
  private static final Envelope CITY = new Envelope(116.0, 116.3, 24.2, 24.4);
  private static final Instant T0 = Instant.parse("2026-12-04T01:00:00Z");
  private static final TrackCleaner CLEANER = TrackCleaner.forCity(CITY);

  private static TrackPoint at(int seconds, double lat, double accuracy) {
    return new TrackPoint(116.11, lat, T0.plusSeconds(seconds), accuracy);
  }

  private static String code(Throwable e) {
    return ((WorkflowException) e).code();
  }

  @Test
  void keepsAWalkAndDropsJumpsPoorFixesAndPointsOutside() {
    List<TrackPoint> walk =
        List.of(
            at(0, 24.290, 5),
            at(100, 24.291, 5),
            at(110, 24.301, 5), // 1.1 km in 10 s: a jump
            at(200, 24.292, 80), // accuracy 80 m
            at(200, 24.292, 5), // the same time again
            at(300, 24.293, 5),
            new TrackPoint(117.5, 24.294, T0.plusSeconds(400), 5), // outside the city
            at(500, 24.295, Double.NaN)); // accuracy unknown: kept
    CleanTrack clean = CLEANER.clean(walk);
    assertThat(clean.points())
        .extracting(TrackPoint::lat)
        .containsExactly(24.290, 24.291, 24.293, 24.295);
    assertThat(clean.droppedJumps()).isEqualTo(1);
    assertThat(clean.droppedInaccurate()).isEqualTo(1);
    assertThat(clean.droppedDuplicates()).isEqualTo(1);
    assertThat(clean.droppedOutside()).isEqualTo(1);
    assertThat(clean.dropped()).isEqualTo(4);
  }

  @Test
  void aJumpIsMeasuredFromTheLastKeptFixSoTheWalkResumesAfterIt() {
    // After the jump at 10 s (1.2 km), the fix at 24.292 (200 s) is 222 m from the last kept one
    // in 200 s: kept.
    CleanTrack clean =
        CLEANER.clean(List.of(at(0, 24.290, 5), at(10, 24.301, 5), at(200, 24.292, 5)));
    assertThat(clean.points()).extracting(TrackPoint::lat).containsExactly(24.290, 24.292);
  }

  @Test
  void refusesTimesGoingBackwards() {
    assertThatThrownBy(() -> CLEANER.clean(List.of(at(100, 24.290, 5), at(50, 24.291, 5))))
        .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_TRACK"))
        .hasMessageContaining("point 1");
  }

  @Test
  void refusesTracksTooShortAfterCleaning() {
    // 24.29 → 24.29005 is 5.6 m: below the 10 m a patrol needs.
    assertThatThrownBy(() -> CLEANER.clean(List.of(at(0, 24.29, 5), at(10, 24.29005, 5))))
        .satisfies(e -> assertThat(code(e)).isEqualTo("TRACK_TOO_SHORT"));
    assertThatThrownBy(() -> CLEANER.clean(List.of(at(0, 24.29, 5), at(100, 24.291, 90))))
        .satisfies(e -> assertThat(code(e)).isEqualTo("TRACK_TOO_SHORT"));
    assertThatThrownBy(() -> CLEANER.clean(List.of()))
        .satisfies(e -> assertThat(code(e)).isEqualTo("TRACK_TOO_SHORT"));
  }

  @Test
  void refusesMoreThanTheMostPoints() {
    TrackCleaner small = new TrackCleaner(CITY, 3, 50, 30, 10);
    List<TrackPoint> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(at(i * 100, 24.29 + i * 0.001, 5));
    }
    assertThatThrownBy(() -> small.clean(four))
        .satisfies(e -> assertThat(code(e)).isEqualTo("TRACK_TOO_LARGE"));
    assertThat(small.clean(four.subList(0, 3)).points()).hasSize(3);
  }

  @Test
  void distanceIsTheGreatCircleOne() {
    // 0.001° of latitude on the mean sphere: 6371008.77 · π / 180 000 = 111.195 m.
    assertThat(TrackCleaner.distance(at(0, 24.290, 5), at(0, 24.291, 5)))
        .isCloseTo(111.195, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void refusesNonFiniteCoordinates() {
    assertThatThrownBy(() -> new TrackPoint(Double.NaN, 24.29, T0, 5))
        .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_TRACK"));
  }
}
