package cn.onemap.workflow.patrol;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Measurements;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.DuplicateFeatureException;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.LayerExistsException;
import cn.onemap.core.store.SortKey;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.cases.Actor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Patrols (巡查) of grid managers: upload of a GPS track, kept as a feature of the store layer
 * {@value #LAYER} (created on first use; restricted, as tracks say where a person was), the patrols
 * of a grid or a person, and the coverage of a grid by the patrols of a period.
 *
 * <p>Only a grid's own managers upload patrols for it ({@code NOT_YOUR_GRID}); they see their own
 * patrols and their grids' coverage, the centre's roles all. An upload is idempotent on the phone's
 * patrol id: a resend (an offline phone, a lost answer) returns the stored patrol.
 */
public final class PatrolDesk {
  /** The store layer of the patrol tracks. */
  public static final String LAYER = "patrol_tracks";

  /** The layer of the unit grids (attribute {@code bgid}). */
  public static final String GRIDS = "unit_grids";

  /** The most patrols one coverage or list reads. */
  static final int MAX_PATROLS = 2000;

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);
  private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();

  private final FeatureStore store;
  private final Clock clock;
  private final double radiusMetres;
  private volatile boolean schemaChecked;
  private volatile TrackCleaner cleaner;

  public PatrolDesk(FeatureStore store, Clock clock) {
    this(store, clock, CoverageOp.DEFAULT_RADIUS_METRES);
  }

  public PatrolDesk(FeatureStore store, Clock clock, double radiusMetres) {
    this.store = store;
    this.clock = clock;
    this.radiusMetres = radiusMetres;
  }

  /** The layer {@value #LAYER}, created on first use. */
  static LayerDefinition layerDefinition() {
    return new LayerDefinition(
        LAYER,
        "巡查轨迹",
        LayerKind.THEMATIC,
        GeometryType.LINESTRING,
        List.of(
            AttributeDefinition.required("patroller", AttributeType.STRING, "巡查人"),
            AttributeDefinition.required("bgid", AttributeType.STRING, "单元网格代码"),
            AttributeDefinition.required("started_at", AttributeType.TIMESTAMP, "开始时间"),
            AttributeDefinition.required("ended_at", AttributeType.TIMESTAMP, "结束时间"),
            AttributeDefinition.required("length_m", AttributeType.DOUBLE, "里程（米）"),
            AttributeDefinition.required("point_count", AttributeType.INTEGER, "轨迹点数"),
            AttributeDefinition.optional("dropped_count", AttributeType.INTEGER, "剔除点数"),
            AttributeDefinition.required("coverage", AttributeType.DOUBLE, "网格覆盖率")),
        AccessLevel.RESTRICTED,
        true,
        null);
  }

  private void ready() {
    if (schemaChecked) {
      return;
    }
    synchronized (this) {
      if (schemaChecked) {
        return;
      }
      if (store.layer(GRIDS).isEmpty()) {
        throw new WorkflowException(
            "CASES_UNAVAILABLE",
            "the unit grid layer '" + GRIDS + "' does not exist (yet): no patrols can be kept",
            Map.of("layer", GRIDS));
      }
      if (store.layer(LAYER).isEmpty()) {
        try {
          store.createLayer(layerDefinition());
        } catch (LayerExistsException e) {
          // another node made it first
        }
      }
      Envelope city =
          store
              .extent(GRIDS)
              .orElseThrow(
                  () -> new WorkflowException("CASES_UNAVAILABLE", "the city has no unit grids"));
      Envelope widened = new Envelope(city);
      widened.expandBy(0.01); // ~1 km: a patrol along the city's edge keeps its fixes
      cleaner = TrackCleaner.forCity(widened);
      schemaChecked = true;
    }
  }

  /** The most points an upload may have. */
  public int maxPoints() {
    return TrackCleaner.DEFAULT_MAX_POINTS;
  }

  /**
   * Stores a patrol: checks the grid is the caller's, cleans the track, measures it and its
   * coverage of the grid. A patrol id stored already returns that patrol ({@code created} false).
   */
  public Patrol upload(NewPatrol p, Actor actor) {
    ready();
    Optional<Feature> existing = store.get(LAYER, p.patrolId());
    if (existing.isPresent()) {
      return resent(existing.get(), actor);
    }
    p.grid().ifPresent(g -> requireManager(g, actor));
    if (!actor.roles().contains("GRID_MANAGER") || actor.grids().isEmpty()) {
      throw new WorkflowException(
          "NOT_YOUR_GRID", actor.user() + " manages no unit grid", Map.of("user", actor.user()));
    }
    CleanTrack clean = cleaner.clean(p.points());
    LineString track =
        GEOMETRY.createLineString(
            clean.points().stream()
                .map(t -> new Coordinate(t.lon(), t.lat()))
                .toArray(Coordinate[]::new));
    String grid = p.grid().orElseGet(() -> gridOf(track, actor));
    Geometry gridPolygon = gridPolygon(grid);
    Coverage coverage = CoverageOp.coverage(grid, gridPolygon, List.of(track), radiusMetres);
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("patroller", actor.user());
    attributes.put("bgid", grid);
    attributes.put("started_at", clean.points().get(0).t());
    attributes.put("ended_at", clean.points().get(clean.points().size() - 1).t());
    attributes.put("length_m", Math.round(Measurements.length(track) * 10) / 10.0);
    attributes.put("point_count", clean.points().size());
    attributes.put("dropped_count", clean.dropped());
    attributes.put("coverage", Math.round(coverage.ratio() * 10000) / 10000.0);
    try {
      store.apply(
          LAYER,
          List.of(FeatureEdit.insert(p.patrolId(), track, attributes)),
          EditContext.by(actor.user(), "巡查上传"));
    } catch (DuplicateFeatureException e) {
      return resent(store.get(LAYER, p.patrolId()).orElseThrow(() -> e), actor);
    }
    return Patrol.of(store.get(LAYER, p.patrolId()).orElseThrow(), true);
  }

  private static Patrol resent(Feature stored, Actor actor) {
    if (!actor.user().equals(stored.attribute("patroller"))) {
      throw new WorkflowException(
          "PATROL_EXISTS",
          "patrol " + stored.id() + " was uploaded by someone else",
          Map.of("patrolId", stored.id()));
    }
    return Patrol.of(stored, false);
  }

  /**
   * The grid of a patrol that named none: the manager's only grid, or of several the one the track
   * runs longest in (GRID_REQUIRED when it runs in none of them).
   */
  private String gridOf(LineString track, Actor actor) {
    if (actor.grids().size() == 1) {
      return actor.grids().iterator().next();
    }
    String best = null;
    double longest = 0;
    for (String g : new java.util.TreeSet<>(actor.grids())) {
      Geometry polygon;
      try {
        polygon = gridPolygon(g);
      } catch (WorkflowException e) {
        continue; // a grid code no longer in the layer
      }
      double inside = polygon.intersection(track).getLength();
      if (inside > longest) {
        longest = inside;
        best = g;
      }
    }
    if (best == null) {
      throw new WorkflowException(
          "GRID_REQUIRED",
          "the track runs in none of your " + actor.grids().size() + " grids: say which grid",
          Map.of("grids", List.copyOf(actor.grids())));
    }
    return best;
  }

  /** Only the grid's own managers (GridManagers) patrol and inspect it. */
  static void requireManager(String grid, Actor actor) {
    if (!actor.roles().contains("GRID_MANAGER") || !actor.grids().contains(grid)) {
      throw new WorkflowException(
          "NOT_YOUR_GRID",
          actor.user() + " is not a grid manager of grid " + grid,
          Map.of("grid", grid));
    }
  }

  /** Managers of the grid and the centre see its patrols and coverage. */
  private static void requireReader(String grid, Actor actor) {
    if (!actor.seesAll()) {
      requireManager(grid, actor);
    }
  }

  /** The grid's polygon; GRID_NOT_FOUND when no unit grid has the code. */
  Geometry gridPolygon(String grid) {
    try (FeatureCursor c =
        store.query(
            FeatureQuery.layer(GRIDS)
                .filter(FILTERS.equals(FILTERS.property("bgid"), FILTERS.literal(grid)))
                .limit(1)
                .build())) {
      if (!c.hasNext()) {
        throw new WorkflowException("GRID_NOT_FOUND", "no unit grid " + grid, Map.of("grid", grid));
      }
      return c.next().geometry().orElseThrow();
    }
  }

  /**
   * Patrols, newest first: of a grid and/or started at or after {@code from}; the caller's own, or
   * everyone's for the centre's roles.
   */
  public List<Patrol> list(Optional<String> grid, Optional<Instant> from, Actor actor) {
    ready();
    List<Filter> all = new ArrayList<>();
    grid.ifPresent(g -> all.add(FILTERS.equals(FILTERS.property("bgid"), FILTERS.literal(g))));
    from.ifPresent(
        f ->
            all.add(
                FILTERS.greaterOrEqual(
                    FILTERS.property("started_at"), FILTERS.literal(Date.from(f)))));
    if (!actor.seesAll()) {
      all.add(FILTERS.equals(FILTERS.property("patroller"), FILTERS.literal(actor.user())));
    }
    return read(all);
  }

  private List<Patrol> read(List<Filter> all) {
    var query =
        FeatureQuery.layer(LAYER).sortBy(new SortKey("started_at", false)).limit(MAX_PATROLS);
    if (!all.isEmpty()) {
      query.filter(all.size() == 1 ? all.get(0) : FILTERS.and(all));
    }
    List<Patrol> out = new ArrayList<>();
    try (FeatureCursor cursor = store.query(query.build())) {
      while (cursor.hasNext()) {
        out.add(Patrol.of(cursor.next(), true));
      }
    }
    return out;
  }

  /**
   * The coverage of a grid by every patrol of it that overlaps the period [from, to): ended at or
   * after {@code from}, started before {@code to}.
   */
  public Coverage coverage(String grid, Instant from, Instant to, Actor actor) {
    ready();
    requireReader(grid, actor);
    Geometry polygon = gridPolygon(grid);
    List<Patrol> patrols =
        read(
            List.of(
                FILTERS.equals(FILTERS.property("bgid"), FILTERS.literal(grid)),
                FILTERS.greaterOrEqual(
                    FILTERS.property("ended_at"), FILTERS.literal(Date.from(from))),
                FILTERS.less(FILTERS.property("started_at"), FILTERS.literal(Date.from(to)))));
    List<LineString> tracks = patrols.stream().map(p -> (LineString) p.track()).toList();
    return CoverageOp.coverage(grid, polygon, tracks, radiusMetres);
  }

  /** The coverage of one patrol (the caller's, or any for the centre). */
  public Coverage coverageOf(String patrolId, Actor actor) {
    ready();
    Feature f =
        store
            .get(LAYER, patrolId)
            .filter(x -> actor.seesAll() || actor.user().equals(x.attribute("patroller")))
            .orElseThrow(
                () ->
                    new WorkflowException(
                        "PATROL_NOT_FOUND", "no patrol " + patrolId, Map.of("patrolId", patrolId)));
    Patrol p = Patrol.of(f, false);
    return CoverageOp.coverage(
        p.grid(), gridPolygon(p.grid()), List.of((LineString) p.track()), radiusMetres);
  }

  /**
   * The start of a named period, Beijing time: {@code today} from midnight, {@code week} from
   * Monday's midnight.
   */
  public Instant periodStart(String period) {
    ZonedDateTime now = clock.instant().atZone(BEIJING);
    return switch (period == null ? "today" : period) {
      case "today" -> now.toLocalDate().atStartOfDay(BEIJING).toInstant();
      case "week" ->
          now.toLocalDate()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .atStartOfDay(BEIJING)
              .toInstant();
      default ->
          throw new WorkflowException(
              "INVALID_PERIOD",
              "period is today or week, not '" + period + "'",
              Map.of("period", period));
    };
  }

  public Instant now() {
    return clock.instant();
  }
}
