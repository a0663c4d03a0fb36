package cn.onemap.workflow.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Measurements;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.cases.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Patrols and part inspections on the real store, both databases: the tracks layer made on first
 * use, a walk across grid G1 stored cleaned with its length and coverage, the same patrol id sent
 * again returning the stored patrol (another user's refused), uploads for someone else's grid
 * refused and changing nothing, the day's coverage of two walks (a cross: hand-computable), and
 * inspections of a part as new versions with every one in its history.
 */
class PatrolIT {
  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);
  private static final Actor GM1 =
      new Actor("gm1", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G1"));
  private static final Actor GM2 =
      new Actor("gm2", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G2"));
  private static final Actor LEADER =
      new Actor("boss", Set.of("LEADER"), Optional.empty(), Set.of());
  private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z"); // 14:00 Beijing
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** G1: 116.110–116.112 × 24.290–24.292 (about 203 m × 222 m); G2 east of it. */
  private static void city(FeatureStore store) {
    store.createLayer(
        LayerDefinition.of(
            "unit_grids",
            "单元网格",
            LayerKind.UNIT_GRID,
            GeometryType.POLYGON,
            List.of(AttributeDefinition.required("bgid", AttributeType.STRING, "单元网格代码"))));
    store.apply(
        "unit_grids",
        List.of(
            FeatureEdit.insert("g1", box(116.110, 24.290, 116.112, 24.292), Map.of("bgid", "G1")),
            FeatureEdit.insert("g2", box(116.112, 24.290, 116.114, 24.292), Map.of("bgid", "G2"))),
        EditContext.by("test"));
    store.putCodeList(
        new CodeList(
            "gbt30428_part_minor",
            "部件小类",
            "GB/T 30428.2",
            List.of(new CodeEntry("0101", "上水井盖", null))));
    store.createLayer(
        LayerDefinition.of(
            "city_parts",
            "城市管理部件",
            LayerKind.CITY_PART,
            GeometryType.POINT,
            List.of(
                AttributeDefinition.required("obj_id", AttributeType.STRING, "部件标识码"),
                AttributeDefinition.required("obj_name", AttributeType.STRING, "部件名称"),
                new AttributeDefinition(
                    "minor_code", AttributeType.STRING, true, "小类代码", "gbt30428_part_minor", null),
                AttributeDefinition.optional("dept_name", AttributeType.STRING, "主管部门"),
                AttributeDefinition.required("bgid", AttributeType.STRING, "单元网格代码"),
                AttributeDefinition.required("obj_state", AttributeType.STRING, "部件状态"))));
    List<FeatureEdit> parts = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String id = "441402010100000" + i;
      parts.add(
          FeatureEdit.insert(
              id,
              GEOMETRY.createPoint(new Coordinate(116.1105 + i * 0.0003, 24.291)),
              Map.of(
                  "obj_id", id,
                  "obj_name", "上水井盖",
                  "minor_code", "0101",
                  "dept_name", "市水务局",
                  "bgid", "G1",
                  "obj_state", "完好")));
    }
    store.apply("city_parts", parts, EditContext.by("test"));
  }

  private static Geometry box(double x0, double y0, double x1, double y1) {
    return GEOMETRY.createPolygon(
        new Coordinate[] {
          new Coordinate(x0, y0),
          new Coordinate(x1, y0),
          new Coordinate(x1, y1),
          new Coordinate(x0, y1),
          new Coordinate(x0, y0)
        });
  }

  /** A walk of n fixes from (lon0, lat0) to (lon1, lat1), 20 s apart, starting at {@code start}. */
  private static List<TrackPoint> walk(
      double lon0, double lat0, double lon1, double lat1, int n, Instant start) {
    List<TrackPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double f = i / (double) (n - 1);
      out.add(
          new TrackPoint(
              lon0 + f * (lon1 - lon0), lat0 + f * (lat1 - lat0), start.plusSeconds(20L * i), 8));
    }
    return out;
  }

  private static String code(Throwable e) {
    return ((WorkflowException) e).code();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void patrolsAreStoredOnceAndCoverTheirGrid(Backend backend) {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      city(store);
      PatrolDesk desk = new PatrolDesk(store, CLOCK);
      Instant morning = Instant.parse("2026-12-04T01:00:00Z");

      // West–east across G1 at its middle latitude, with a GPS jump in the middle.
      List<TrackPoint> points =
          new ArrayList<>(walk(116.1095, 24.291, 116.1125, 24.291, 16, morning));
      points.add(8, new TrackPoint(116.2, 24.35, points.get(7).t().plusSeconds(5), 8));
      Patrol first = desk.upload(new NewPatrol("patrol-0001", Optional.empty(), points), GM1);
      assertThat(first.created()).isTrue();
      assertThat(first.grid()).isEqualTo("G1");
      assertThat(first.user()).isEqualTo("gm1");
      assertThat(first.points()).isEqualTo(16);
      assertThat(first.dropped()).isEqualTo(1);
      assertThat(first.lengthMetres())
          .isCloseTo(Measurements.length(first.track()), offset(0.1))
          .isBetween(300.0, 310.0);
      // The strip is 50 m of the grid's ~222 m north–south: ~0.225 of it.
      double northSouth =
          Measurements.toGaussKruger(box(116.110, 24.290, 116.112, 24.292))
              .getEnvelopeInternal()
              .getHeight();
      assertThat(first.coverage()).isCloseTo(50 / northSouth, offset(0.002));
      assertThat(store.layer("patrol_tracks").orElseThrow().title()).isEqualTo("巡查轨迹");

      // Resent (the phone never saw the answer): the stored patrol, nothing new.
      Patrol again = desk.upload(new NewPatrol("patrol-0001", Optional.empty(), points), GM1);
      assertThat(again.created()).isFalse();
      assertThat(again.startedAt()).isEqualTo(first.startedAt());
      assertThatThrownBy(
              () -> desk.upload(new NewPatrol("patrol-0001", Optional.of("G2"), points), GM2))
          .satisfies(e -> assertThat(code(e)).isEqualTo("PATROL_EXISTS"));
      // Someone else's grid, a track too short: refused, nothing stored.
      assertThatThrownBy(
              () -> desk.upload(new NewPatrol("patrol-0002", Optional.of("G2"), points), GM1))
          .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_GRID"));
      assertThatThrownBy(
              () ->
                  desk.upload(
                      new NewPatrol("patrol-0003", Optional.empty(), points.subList(0, 1)), GM1))
          .satisfies(e -> assertThat(code(e)).isEqualTo("TRACK_TOO_SHORT"));
      assertThat(store.count(FeatureQuery.layer("patrol_tracks").build())).isEqualTo(1);

      // A second walk south–north at the middle longitude: the day's coverage is the cross.
      desk.upload(
          new NewPatrol(
              "patrol-0004",
              Optional.of("G1"),
              walk(116.111, 24.2895, 116.111, 24.2925, 16, morning.plusSeconds(3600))),
          GM1);
      double eastWest =
          Measurements.toGaussKruger(box(116.110, 24.290, 116.112, 24.292))
              .getEnvelopeInternal()
              .getWidth();
      Coverage today = desk.coverage("G1", desk.periodStart("today"), NOW, GM1);
      assertThat(today.patrols()).isEqualTo(2);
      double cross = 50 * eastWest + 50 * northSouth - 50 * 50;
      assertThat(today.coveredAreaM2()).isCloseTo(cross, offset(cross * 0.01));
      assertThat(today.ratio()).isCloseTo(cross / today.gridAreaM2(), offset(0.005));
      assertThat(today.covered().getSRID()).isEqualTo(4490);
      assertThat(desk.coverage("G1", desk.periodStart("week"), NOW, LEADER).patrols()).isEqualTo(2);
      // Before the patrols (yesterday's window): nothing covered.
      assertThat(
              desk.coverage("G1", morning.minusSeconds(86400), morning.minusSeconds(3600), GM1)
                  .ratio())
          .isZero();
      assertThatThrownBy(() -> desk.coverage("G1", morning, NOW, GM2))
          .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_GRID"));

      // A manager of both grids naming none: filed with the grid the track runs longest in (G2).
      Actor both = new Actor("gm3", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G1", "G2"));
      Patrol east =
          desk.upload(
              new NewPatrol(
                  "patrol-0005",
                  Optional.empty(),
                  walk(116.1115, 24.291, 116.1138, 24.291, 16, morning.plusSeconds(7200))),
              both);
      assertThat(east.grid()).isEqualTo("G2");
      assertThatThrownBy(
              () ->
                  desk.upload(
                      new NewPatrol(
                          "patrol-0006",
                          Optional.empty(),
                          walk(116.1115, 24.2935, 116.1138, 24.2935, 16, morning)),
                      both))
          .satisfies(e -> assertThat(code(e)).isEqualTo("GRID_REQUIRED"));

      // Lists: mine for a grid manager, all for the centre.
      assertThat(desk.list(Optional.of("G1"), Optional.empty(), GM1))
          .extracting(Patrol::id)
          .containsExactly("patrol-0004", "patrol-0001");
      assertThat(desk.list(Optional.empty(), Optional.empty(), GM2)).isEmpty();
      assertThat(desk.list(Optional.empty(), Optional.of(morning.plusSeconds(1800)), LEADER))
          .extracting(Patrol::id)
          .containsExactly("patrol-0005", "patrol-0004");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void everyInspectionIsAVersionOfThePart(Backend backend) {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      city(store);
      Instant[] now = {NOW};
      Clock clock =
          new Clock() {
            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now[0];
            }
          };
      PartInspections parts = new PartInspections(store, clock);

      PartInspections.Page page = parts.parts("G1", 0, 2, GM1);
      assertThat(page.total()).isEqualTo(3);
      assertThat(page.parts()).hasSize(2);
      PartView part = page.parts().get(0);
      assertThat(part.objId()).isEqualTo("4414020101000001");
      assertThat(part.minorName()).isEqualTo("上水井盖");
      assertThat(part.lastInspection()).isEmpty();
      assertThat(parts.parts("G1", 2, 2, GM1).parts())
          .extracting(PartView::objId)
          .containsExactly("4414020101000003");

      PartView damaged = parts.inspect(part.objId(), "破损", Optional.of("井盖裂开"), GM1);
      assertThat(damaged.state()).isEqualTo("破损");
      assertThat(damaged.lastInspection().orElseThrow().result()).isEqualTo("破损");
      assertThat(damaged.lastInspection().orElseThrow().note()).contains("井盖裂开");
      now[0] = NOW.plusSeconds(3600);
      PartView fine = parts.inspect(part.objId(), "完好", Optional.empty(), GM1);
      assertThat(fine.lastInspection().orElseThrow().inspectedAt()).isEqualTo(now[0]);
      assertThat(fine.history()).extracting(PartInspection::result).containsExactly("完好", "破损");
      assertThat(store.history("city_parts", part.objId())).hasSize(3);
      assertThat(store.get("city_parts", part.objId()).orElseThrow().version().reason())
          .contains("部件巡检：完好");
      assertThat(parts.parts("G1", 0, 1, GM1).parts().get(0).lastInspection().orElseThrow())
          .extracting(PartInspection::inspectedBy, PartInspection::result)
          .containsExactly("gm1", "完好");

      // Made offline an hour ago, sent twice (the answer was lost): one version, at its own time.
      // (Nanoseconds from a client are kept to the millisecond, so the resend compares equal.)
      Instant offline = now[0].minusSeconds(1800).plusNanos(123_456_789);
      parts.inspect(part.objId(), "占用", Optional.empty(), Optional.of(offline), GM1);
      PartView resent =
          parts.inspect(part.objId(), "占用", Optional.empty(), Optional.of(offline), GM1);
      assertThat(resent.lastInspection().orElseThrow().inspectedAt())
          .isEqualTo(now[0].minusSeconds(1800).plusMillis(123));
      assertThat(resent.history()).extracting(PartInspection::result).startsWith("占用", "完好");
      assertThat(store.history("city_parts", part.objId())).hasSize(4);
      assertThatThrownBy(
              () ->
                  parts.inspect(
                      part.objId(),
                      "完好",
                      Optional.empty(),
                      Optional.of(now[0].minusSeconds(8 * 86400)),
                      GM1))
          .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_TIME"));

      // Another grid's manager, an unknown result, an unknown part: refused, nothing written.
      assertThatThrownBy(() -> parts.inspect(part.objId(), "完好", Optional.empty(), GM2))
          .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_GRID"));
      assertThatThrownBy(() -> parts.inspect(part.objId(), "很好", Optional.empty(), GM1))
          .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_RESULT"));
      assertThatThrownBy(() -> parts.inspect("nope", "完好", Optional.empty(), GM1))
          .satisfies(e -> assertThat(code(e)).isEqualTo("PART_NOT_FOUND"));
      assertThatThrownBy(() -> parts.parts("G1", 0, 10, GM2))
          .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_GRID"));
      assertThat(store.history("city_parts", part.objId())).hasSize(4);
      assertThat(parts.parts("G1", 0, 10, LEADER).total()).isEqualTo(3);
    }
  }
}
