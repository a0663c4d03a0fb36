package cn.onemap.portal.cases;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Role;
import cn.onemap.workflow.Names;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.cases.StageClocks;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.CaseCategory;
import cn.onemap.workflow.engine.CaseEngine;
import cn.onemap.workflow.evaluation.CaseEvaluation;
import cn.onemap.workflow.evaluation.Evaluation;
import cn.onemap.workflow.evaluation.EvaluationColumn;
import cn.onemap.workflow.evaluation.EvaluationLabel;
import cn.onemap.workflow.evaluation.EvaluationPeriod;
import cn.onemap.workflow.evaluation.EvaluationRow;
import cn.onemap.workflow.evaluation.GroupBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 综合评价 ({@code GET /api/cases/evaluation}): on-time, rework and handling-time figures of the cases
 * reported in a period, per department, unit grid or category, with the codes' Chinese names, as
 * JSON or as CSV for Excel (UTF-8 with a BOM). For the centre's leaders (LEADER, SHIFT_LEADER,
 * ADMIN) and dispatchers; anyone else 403. A bad period or grouping is 400.
 */
@RestController
@Tag(name = "城管案件 Cases")
class CaseEvaluationController {
  /** Who may read the evaluation. */
  static final Set<Role> READERS =
      Set.of(Role.LEADER, Role.SHIFT_LEADER, Role.ADMIN, Role.DISPATCHER);

  private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();
  private static final String GRIDS = "unit_grids";
  private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

  private final CaseEvaluation evaluation;
  private final CaseActors actors;
  private final FeatureStore store;
  private final CaseCategories categories;
  private final CaseDepartments departments;

  CaseEvaluationController(
      CaseEngine engine,
      StageClocks clocks,
      Clock clock,
      CaseActors actors,
      FeatureStore store,
      CaseCategories categories,
      CaseDepartments departments) {
    this.evaluation = new CaseEvaluation(engine, clocks.calendar(), clock);
    this.actors = actors;
    this.store = store;
    this.categories = categories;
    this.departments = departments;
  }

  @Schema(description = "One group of the evaluation, or the city-wide total")
  record Row(
      @Schema(
              description =
                  "department code, unit grid code (bgid) or category code; empty for"
                      + " the total and for cases not dispatched yet")
          String code,
      @Schema(description = "its Chinese name", example = "梅州市环境卫生管理处") String name,
      @Schema(description = "by category: the category's name as cases hold it") String key,
      @Schema(description = "cases reported in the period") int reported,
      @Schema(description = "of those, closed (结案)") int closed,
      @Schema(description = "closed with every step within its time limit") int closedOnTime,
      @Schema(description = "按期结案率: closedOnTime / closed, 0–1; null without closed cases")
          Double onTimeRate,
      @Schema(description = "cases that reached 核查") int verified,
      @Schema(description = "of those, sent back to 处置 at least once (返工)") int reworked,
      @Schema(description = "返工率: reworked / verified, 0–1; null without verified cases")
          Double reworkRate,
      @Schema(description = "failed 核查 in all") int reworkRounds,
      @Schema(description = "mean working hours of 处置 of the closed cases") Double meanHandleHours,
      @Schema(description = "median working hours of 处置 of the closed cases")
          Double medianHandleHours,
      @Schema(description = "open cases past their current step's deadline") int overdueOpen,
      @Schema(description = "ended without 结案 (不予立案, 合并)") int voided) {}

  @Schema(description = "综合评价 of the cases reported in [from, to)")
  record EvaluationView(
      @Schema(example = "2026-03-01") String from,
      @Schema(example = "2026-04-01") String to,
      @Schema(description = "department, grid or category") String by,
      @Schema(description = "when open cases were judged overdue") Instant asOf,
      @Schema(description = "one per group with cases, most cases first") List<Row> rows,
      Row total) {}

  @GetMapping(
      value = "/api/cases/evaluation",
      produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @Operation(
      summary =
          "综合评价: cases reported in [from, to) (Beijing days) per department, unit grid or"
              + " category — closed, closed on time, rework, working hours of 处置, overdue open —"
              + " and the city-wide total; JSON, or CSV (UTF-8 with BOM) with Accept: text/csv or"
              + " format=csv. Cases loaded from earlier records, which never went through the"
              + " case process, are not evaluated.")
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = EvaluationView.class)),
        @Content(mediaType = "text/csv")
      })
  @ApiResponse(responseCode = "400", description = "from/to not dates, to not after from, bad by")
  @ApiResponse(
      responseCode = "403",
      description = "not a leader, shift leader, dispatcher or admin")
  ResponseEntity<?> evaluation(
      @Parameter(description = "first day, YYYY-MM-DD", example = "2026-03-01")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "day after the last, YYYY-MM-DD", example = "2026-04-01")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "department (default), grid or category")
          @RequestParam(defaultValue = "department")
          String by,
      @Parameter(description = "csv for a CSV file (else the Accept header decides)")
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    Caller caller = actors.caller();
    if (caller.roles().stream().noneMatch(READERS::contains)) {
      throw new WorkflowException(
          "NOT_AN_EVALUATOR",
          "the evaluation is for leaders, shift leaders, dispatchers and admins",
          Map.of());
    }
    GroupBy groupBy = GroupBy.parse(by);
    EvaluationPeriod period = EvaluationPeriod.parse(from, to);
    Evaluation e = evaluation.evaluate(period, groupBy);
    Function<String, String> names = names(e);
    boolean csv =
        "csv".equalsIgnoreCase(format)
            || (format == null && accept != null && accept.contains("text/csv"));
    if (csv) {
      StringWriter out = new StringWriter();
      EvaluationColumn.writeCsv(e, names, out);
      String file =
          "evaluation-" + groupBy.variable() + "-" + period.from() + "-" + period.to() + ".csv";
      return ResponseEntity.ok()
          .contentType(CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
          .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
    List<Row> rows = e.rows().stream().map(r -> row(r, groupBy, names.apply(r.key()))).toList();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new EvaluationView(
                period.from().toString(),
                period.to().toString(),
                groupBy.variable(),
                e.asOf(),
                rows,
                row(e.total(), null, Names.of(EvaluationLabel.TOTAL))));
  }

  private Row row(EvaluationRow r, GroupBy by, String name) {
    String code =
        by == GroupBy.CATEGORY
            ? categories.byName(r.key()).map(CaseCategory::code).orElse(r.key())
            : r.key();
    return new Row(
        code,
        name,
        r.key(),
        r.reported(),
        r.closed(),
        r.closedOnTime(),
        r.onTimeRate().orElse(null),
        r.verified(),
        r.reworked(),
        r.reworkRate().orElse(null),
        r.reworkRounds(),
        r.meanHandleHours().orElse(null),
        r.medianHandleHours().orElse(null),
        r.overdueOpen(),
        r.voided());
  }

  /** The Chinese name of each group key of {@code e}: one store query for grids at most. */
  private Function<String, String> names(Evaluation e) {
    Map<String, String> names = new HashMap<>();
    switch (e.by()) {
      case DEPARTMENT -> departments.all().forEach(d -> names.put(d.code(), d.name()));
      case CATEGORY -> {} // the key is the category's name
      case GRID -> names.putAll(gridNames(e.rows().stream().map(EvaluationRow::key).toList()));
    }
    String none = e.by() == GroupBy.DEPARTMENT ? Names.of(EvaluationLabel.UNASSIGNED) : "";
    return key -> key.isEmpty() ? none : names.getOrDefault(key, key);
  }

  /** 社区 and number of the grids (e.g. 江南社区3号网格), read in chunks of 200 codes. */
  private Map<String, String> gridNames(List<String> codes) {
    Map<String, String> out = new HashMap<>();
    if (store.layer(GRIDS).isEmpty()) {
      return out;
    }
    List<String> wanted = codes.stream().filter(c -> !c.isEmpty()).toList();
    for (int at = 0; at < wanted.size(); at += 200) {
      List<Filter> any = new ArrayList<>();
      for (String code : wanted.subList(at, Math.min(wanted.size(), at + 200))) {
        any.add(FILTERS.equals(FILTERS.property("bgid"), FILTERS.literal(code)));
      }
      FeatureQuery q =
          FeatureQuery.layer(GRIDS)
              .filter(any.size() == 1 ? any.get(0) : FILTERS.or(any))
              .properties(List.of("bgid", "community_name", "seq"))
              .limit(200)
              .build();
      try (FeatureCursor cursor = store.query(q)) {
        while (cursor.hasNext()) {
          Feature f = cursor.next();
          Object community = f.attribute("community_name");
          Object seq = f.attribute("seq");
          if (community != null) {
            out.put(
                String.valueOf(f.attribute("bgid")), community + (seq == null ? "" : seq + "号网格"));
          }
        }
      }
    }
    return out;
  }
}
