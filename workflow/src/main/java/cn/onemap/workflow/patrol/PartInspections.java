package cn.onemap.workflow.patrol;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.SortKey;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.cases.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.locationtech.jts.geom.Point;

/**
 * 部件巡检: a grid manager marks a city part of their grid inspected with a result and an optional
 * note. Each inspection is a new version of the part's feature in {@value #LAYER} (attributes
 * {@code last_inspected_at}, {@code last_inspected_by}, {@code inspection_result}, {@code
 * inspection_note}, added as optional attributes on first use), and the result becomes the part's
 * 部件状态 ({@code obj_state}), so the layer's history keeps every inspection and the map shows the
 * state found. Results are the values {@code obj_state} holds: 完好, 破损, 丢失, 占用.
 */
public final class PartInspections {
  /** The store layer of the city parts. */
  public static final String LAYER = "city_parts";

  /** The results an inspection may record, in the order a phone offers them. */
  public static final List<String> RESULTS = List.of("完好", "破损", "丢失", "占用");

  /** Results that call for a case (上报案件). */
  public static final Set<String> REPORTABLE = Set.of("破损", "丢失", "占用");

  static final int MAX_NOTE = 500;
  static final int MAX_AGE_DAYS = 7;
  static final int MAX_PAGE = 500;

  private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();

  private final FeatureStore store;
  private final Clock clock;
  private volatile boolean schemaChecked;

  public PartInspections(FeatureStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  private void ready() {
    if (schemaChecked) {
      return;
    }
    synchronized (this) {
      if (schemaChecked) {
        return;
      }
      LayerDefinition layer =
          store
              .layer(LAYER)
              .orElseThrow(
                  () ->
                      new WorkflowException(
                          "CASES_UNAVAILABLE",
                          "the city part layer '" + LAYER + "' does not exist (yet)",
                          Map.of("layer", LAYER)));
      List<AttributeDefinition> missing = new ArrayList<>();
      addIfMissing(layer, missing, "last_inspected_at", AttributeType.TIMESTAMP, "最近巡检时间");
      addIfMissing(layer, missing, "last_inspected_by", AttributeType.STRING, "最近巡检人");
      addIfMissing(layer, missing, "inspection_result", AttributeType.STRING, "巡检结果");
      addIfMissing(layer, missing, "inspection_note", AttributeType.STRING, "巡检说明");
      if (!missing.isEmpty()) {
        store.alterLayer(
            LAYER,
            new LayerChange(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), missing));
      }
      schemaChecked = true;
    }
  }

  private static void addIfMissing(
      LayerDefinition layer,
      List<AttributeDefinition> missing,
      String name,
      AttributeType type,
      String label) {
    if (layer.attribute(name).isEmpty()) {
      missing.add(AttributeDefinition.optional(name, type, label));
    }
  }

  /** A page of the parts of a grid, by part id, with how many there are. */
  public record Page(long total, List<PartView> parts) {}

  /** The parts of a grid (its managers and the centre), ordered by id. */
  public Page parts(String grid, int offset, int limit, Actor actor) {
    ready();
    if (!actor.seesAll()) {
      PatrolDesk.requireManager(grid, actor);
    }
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new WorkflowException(
          "INVALID_PAGE",
          "offset ≥ 0 and limit 1–" + MAX_PAGE + ", not " + offset + ", " + limit,
          Map.of("offset", offset, "limit", limit));
    }
    var inGrid = FILTERS.equals(FILTERS.property("bgid"), FILTERS.literal(grid));
    long total = store.count(FeatureQuery.layer(LAYER).filter(inGrid).build());
    CodeNames names = names();
    List<PartView> out = new ArrayList<>();
    try (FeatureCursor c =
        store.query(
            FeatureQuery.layer(LAYER)
                .filter(inGrid)
                .sortBy(new SortKey("obj_id", true))
                .offset(offset)
                .limit(limit)
                .build())) {
      while (c.hasNext()) {
        out.add(view(c.next(), names, List.of()));
      }
    }
    return new Page(total, out);
  }

  /** One part with every inspection, if the caller may see its grid. */
  public PartView get(String objId, Actor actor) {
    ready();
    Feature part = part(objId);
    if (!actor.seesAll()) {
      PatrolDesk.requireManager(String.valueOf(part.attribute("bgid")), actor);
    }
    return view(part, names(), history(objId));
  }

  /**
   * Records an inspection: the part must lie in one of the caller's grids, the result be one of
   * {@link #RESULTS}; the note at most {@value #MAX_NOTE} characters.
   */
  public PartView inspect(String objId, String result, Optional<String> note, Actor actor) {
    return inspect(objId, result, note, Optional.empty(), actor);
  }

  /**
   * Records an inspection made at {@code inspectedAt} (a phone that was offline sends it later): at
   * most {@value #MAX_AGE_DAYS} days ago and not in the future. The same instant from the same user
   * as the part's last inspection is a resend and returns the part unchanged.
   */
  public PartView inspect(
      String objId,
      String result,
      Optional<String> note,
      Optional<Instant> inspectedAt,
      Actor actor) {
    ready();
    if (result == null || !RESULTS.contains(result)) {
      throw new WorkflowException(
          "INVALID_RESULT",
          "an inspection result is one of " + RESULTS + ", not '" + result + "'",
          Map.of("result", String.valueOf(result), "allowed", RESULTS));
    }
    Optional<String> text = note.map(String::strip).filter(n -> !n.isEmpty());
    if (text.isPresent() && text.get().length() > MAX_NOTE) {
      throw new WorkflowException(
          "INVALID_NOTE",
          "a note has at most " + MAX_NOTE + " characters, not " + text.get().length(),
          Map.of("maxLength", MAX_NOTE));
    }
    Feature part = part(objId);
    PatrolDesk.requireManager(String.valueOf(part.attribute("bgid")), actor);
    Instant now = clock.instant();
    if (inspectedAt.isPresent()) {
      // Milliseconds, as phones give them and every store keeps them (a resend then compares
      // equal).
      Instant at = inspectedAt.get().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      if (at.isAfter(now.plusSeconds(300))
          || at.isBefore(now.minus(Duration.ofDays(MAX_AGE_DAYS)))) {
        throw new WorkflowException(
            "INVALID_TIME",
            "an inspection time is within the last " + MAX_AGE_DAYS + " days, not " + at,
            Map.of("inspectedAt", at.toString()));
      }
      if (at.equals(part.attribute("last_inspected_at"))
          && actor.user().equals(part.attribute("last_inspected_by"))) {
        return view(part, names(), history(objId));
      }
      now = at.isAfter(now) ? now : at;
    }
    Map<String, Object> changed = new HashMap<>();
    changed.put("last_inspected_at", now);
    changed.put("last_inspected_by", actor.user());
    changed.put("inspection_result", result);
    changed.put("inspection_note", text.orElse(null));
    changed.put("obj_state", result);
    store.apply(
        LAYER,
        List.of(FeatureEdit.update(objId, null, changed)),
        EditContext.by(actor.user(), "部件巡检：" + result + text.map(n -> "（" + n + "）").orElse("")));
    return view(part(objId), names(), history(objId));
  }

  private Feature part(String objId) {
    return store
        .get(LAYER, objId)
        .orElseThrow(
            () ->
                new WorkflowException(
                    "PART_NOT_FOUND", "no city part " + objId, Map.of("objId", objId)));
  }

  /** Every inspection of the part, newest first, from its versions. */
  private List<PartInspection> history(String objId) {
    List<PartInspection> out = new ArrayList<>();
    Instant last = null;
    for (Feature v : store.history(LAYER, objId)) {
      Optional<PartInspection> i = inspection(v);
      if (i.isPresent() && !i.get().inspectedAt().equals(last)) {
        out.add(0, i.get());
        last = i.get().inspectedAt();
      }
    }
    return out;
  }

  private static Optional<PartInspection> inspection(Feature f) {
    if (!(f.attribute("last_inspected_at") instanceof Instant at)) {
      return Optional.empty();
    }
    return Optional.of(
        new PartInspection(
            at,
            (String) f.attribute("last_inspected_by"),
            (String) f.attribute("inspection_result"),
            Optional.ofNullable((String) f.attribute("inspection_note"))));
  }

  private CodeNames names() {
    return CodeNames.of(store.requireLayer(LAYER), store::codeList);
  }

  private static PartView view(Feature f, CodeNames names, List<PartInspection> history) {
    String minor = (String) f.attribute("minor_code");
    Point p = f.geometry().map(g -> g.getCentroid()).orElseThrow();
    return new PartView(
        f.id(),
        (String) f.attribute("obj_name"),
        minor,
        names.name("minor_code", minor).orElse((String) f.attribute("obj_name")),
        (String) f.attribute("dept_name"),
        (String) f.attribute("obj_state"),
        p.getX(),
        p.getY(),
        inspection(f),
        history);
  }
}
