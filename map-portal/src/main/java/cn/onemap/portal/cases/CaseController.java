package cn.onemap.portal.cases;

import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Role;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.cases.Actor;
import cn.onemap.workflow.cases.CaseDesk;
import cn.onemap.workflow.cases.CaseQuery;
import cn.onemap.workflow.cases.CaseView;
import cn.onemap.workflow.cases.NewCase;
import cn.onemap.workflow.cases.TaskAction;
import cn.onemap.workflow.cases.TaskView;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.Urgency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 数字城管 cases ({@code /api/cases}, {@code /api/tasks}: signed-in callers only). Grid managers and
 * the centre report; each step of the case process is acted on by its roles; a caller sees the
 * cases of their grids, their department, or (the centre) all. Errors are JSON: unknown category or
 * position outside the city 400, someone else's task 403, a task done already 409.
 */
@RestController
@Tag(name = "城管案件 Cases")
class CaseController {
  /** The roles that may report a case. */
  private static final Set<Role> REPORTERS =
      Set.of(Role.GRID_MANAGER, Role.ACCEPTOR, Role.SHIFT_LEADER, Role.DISPATCHER, Role.ADMIN);

  private final CaseDesk desk;
  private final CaseActors actors;
  private final FeatureStore store;
  private final CaseCategories categories;
  private final GridManagers gridManagers;
  private final CaseDepartments departments;

  CaseController(
      CaseDesk desk,
      CaseActors actors,
      FeatureStore store,
      CaseCategories categories,
      GridManagers gridManagers,
      CaseDepartments departments) {
    this.desk = desk;
    this.actors = actors;
    this.store = store;
    this.categories = categories;
    this.gridManagers = gridManagers;
    this.departments = departments;
  }

  /** The unit grids a grid manager looks after (bgid codes of layer unit_grids). */
  record MyGrids(List<String> grids) {}

  @Schema(description = "A case as reported (by a grid manager's phone or the centre)")
  record CaseReport(
      @Schema(description = "案件小类, a name of code list cityman_case_category", example = "暴露垃圾")
          String category,
      @Schema(description = "案件大类: 部件 or 事件 (default 事件)", example = "事件") String mainClass,
      @Schema(description = "what is wrong, at most 2000 characters", example = "江南路口有暴露垃圾")
          String description,
      @Schema(description = "CGCS2000 longitude", example = "116.112") double lon,
      @Schema(description = "CGCS2000 latitude", example = "24.288") double lat,
      @Schema(description = "NORMAL (一般, default), URGENT (紧急) or CRITICAL (特急)") Urgency urgency,
      @Schema(description = "the client's key of this report; resent, it returns the same case")
          String idempotencyKey) {}

  @Schema(description = "What to do with a task")
  record TaskCompletion(
      @Schema(description = "one of the task's actions", example = "dispatch") String outcome,
      @Schema(description = "reason or remark; required to reject, return, suspend or fail")
          String note,
      @Schema(description = "department code to dispatch to (派遣)", example = "SZJ")
          String department,
      @Schema(description = "working hours asked for (延期), 1–240") Integer extensionHours,
      @Schema(description = "case number a duplicate is merged into (合并)") String mergeInto) {}

  /** A category of the picker: its name, 部件 or 事件, and the major class when known. */
  record CategoryView(String name, String mainClass, String majorName, String code) {}

  @PostMapping("/api/cases")
  @Operation(
      summary =
          "Report a case: filed with the unit grid, community and nearest address of its"
              + " position; the same idempotency key (body or Idempotency-Key header) returns the"
              + " first report's case")
  @ApiResponse(responseCode = "201", description = "the case, waiting for 受理立案")
  @ApiResponse(responseCode = "400", description = "unknown category, position outside the city")
  ResponseEntity<CaseView> report(
      @RequestBody CaseReport body,
      @RequestHeader(value = "Idempotency-Key", required = false) String keyHeader) {
    Caller caller = caller();
    if (caller.roles().stream().noneMatch(REPORTERS::contains)) {
      throw new WorkflowException(
          "NOT_A_REPORTER", "only grid managers and the centre report cases", Map.of());
    }
    NewCase report =
        new NewCase(
            body.category(),
            body.mainClass(),
            body.description(),
            body.lon(),
            body.lat(),
            body.urgency(),
            Optional.empty(),
            Optional.ofNullable(body.idempotencyKey()).or(() -> Optional.ofNullable(keyHeader)));
    return ResponseEntity.status(HttpStatus.CREATED).body(desk.report(report, actor(caller)));
  }

  @GetMapping("/api/cases")
  @Operation(summary = "Cases the caller may see, newest first, one page")
  @ApiResponse(responseCode = "400", description = "a bad box, date, offset or limit")
  List<CaseView> list(
      @Parameter(description = "状态, e.g. 处置中") @RequestParam(required = false) String status,
      @Parameter(description = "案件小类") @RequestParam(required = false) String category,
      @Parameter(description = "unit grid code") @RequestParam(required = false) String grid,
      @Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam(required = false)
          String bbox,
      @Parameter(
              description =
                  "reported at or after: a date (Beijing midnight) or an ISO instant, e.g."
                      + " 2026-12-01")
          @RequestParam(required = false)
          String from,
      @Parameter(
              description =
                  "reported before: an ISO instant, or a date whose whole day is included, e.g."
                      + " 2026-12-31")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "only those past their stage's time limit")
          @RequestParam(defaultValue = "false")
          boolean overdue,
      @Parameter(description = "cases to skip, for the next page (at most 100000)")
          @RequestParam(defaultValue = "0")
          long offset,
      @RequestParam(defaultValue = "100") int limit) {
    return desk.list(
        new CaseQuery(
            Optional.ofNullable(status),
            Optional.ofNullable(category),
            Optional.ofNullable(grid),
            Optional.ofNullable(bbox).map(CaseController::envelope),
            reportedAt("from", from, false),
            reportedAt("to", to, true),
            overdue,
            offset,
            limit),
        actor(caller()));
  }

  /** A bare date as {@code to} is the end of that day, so from=to=one day lists that day. */
  private static Optional<Instant> reportedAt(String name, String text, boolean dayEnd) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    try {
      Instant at = AttributeValues.parseInstant(t);
      return Optional.of(dayEnd && t.length() == 10 ? at.plus(Duration.ofDays(1)) : at);
    } catch (DateTimeParseException e) {
      throw new WorkflowException(
          "INVALID_QUERY",
          name + " must be a date (2026-12-01) or an instant (2026-12-01T08:00:00+08:00): " + t,
          Map.of(name, t));
    }
  }

  @GetMapping("/api/cases/categories")
  @Operation(summary = "The case categories a reporter picks from, with 部件/事件 and major class")
  List<CategoryView> categories() {
    Optional<CodeList> list = store.codeList("cityman_case_category");
    return list.map(CodeList::entries).orElse(List.of()).stream()
        .map(
            e ->
                categories
                    .byName(e.code())
                    .map(
                        c ->
                            new CategoryView(
                                e.code(),
                                c.kind().name().equals("PART") ? "部件" : "事件",
                                c.majorName(),
                                c.code()))
                    .orElse(new CategoryView(e.code(), "事件", null, null)))
        .toList();
  }

  @GetMapping("/api/cases/grids")
  @Operation(summary = "The caller's own unit grids (grid managers; empty for anyone else)")
  MyGrids myGrids() {
    return new MyGrids(List.copyOf(gridManagers.gridsOf(caller().name())));
  }

  @GetMapping("/api/cases/departments")
  @Operation(
      summary =
          "The departments cases are dispatched to (派遣): code, as accounts and cases hold it,"
              + " and Chinese name")
  List<CaseDepartments.Department> departments() {
    caller();
    return departments.all();
  }

  @GetMapping("/api/cases/{caseNo}")
  @Operation(summary = "A case with its history (every version: who, when, why) and open task")
  @ApiResponse(responseCode = "404", description = "no such case, or not one the caller may see")
  CaseView get(@PathVariable String caseNo) {
    return desk.get(caseNo, actor(caller()))
        .orElseThrow(
            () ->
                new WorkflowException(
                    "CASE_NOT_FOUND", "no case " + caseNo + " for this caller", Map.of()));
  }

  @GetMapping("/api/tasks")
  @Operation(summary = "The open tasks the caller may act on, oldest first, with their deadlines")
  List<TaskView> tasks() {
    return desk.tasks(actor(caller()));
  }

  @PostMapping("/api/tasks/{taskId}/complete")
  @Operation(
      summary =
          "Act on a task (its roles only); the body must fill the task's form (GET .../form), extra"
              + " fields a customised form declares are kept; returns the case in its new state",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @io.swagger.v3.oas.annotations.media.Content(
                      schema = @Schema(implementation = TaskCompletion.class))))
  @ApiResponse(
      responseCode = "400",
      description = "INVALID_FORM: the body does not fill the form (JSON pointers and messages)")
  @ApiResponse(responseCode = "403", description = "the task is not the caller's")
  @ApiResponse(responseCode = "409", description = "the task is done already")
  CaseView complete(@PathVariable String taskId, @RequestBody Map<String, Object> body) {
    Map<String, Object> extra = new java.util.LinkedHashMap<>(body);
    extra
        .keySet()
        .removeAll(List.of("outcome", "note", "department", "extensionHours", "mergeInto"));
    return desk.complete(
        taskId,
        actor(caller()),
        new TaskAction(
            text(body, "outcome").orElse(""),
            text(body, "note"),
            text(body, "department"),
            hours(body.get("extensionHours")),
            text(body, "mergeInto")),
        extra);
  }

  @GetMapping("/api/tasks/{taskId}/form")
  @Operation(
      summary =
          "The form of a task the caller may act on: the JSON Schema (2020-12) of its completion,"
              + " with Chinese titles and the step's actions")
  @ApiResponse(responseCode = "403", description = "the task is not the caller's")
  @ApiResponse(responseCode = "404", description = "no such task, or its step has no form")
  com.fasterxml.jackson.databind.JsonNode form(@PathVariable String taskId) {
    return desk.form(taskId, actor(caller()))
        .orElseThrow(
            () ->
                new WorkflowException(
                    "TASK_NOT_FOUND", "task " + taskId + " has no form", Map.of("task", taskId)));
  }

  /** A text field of a completion body (absent when null; other JSON types refused). */
  private static Optional<String> text(Map<String, Object> body, String field) {
    Object v = body.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String s)) {
      throw new WorkflowException(
          "INVALID_FORM",
          "/" + field + " must be text",
          Map.of("errors", List.of(Map.of("pointer", "/" + field, "message", "must be text"))));
    }
    return Optional.of(s);
  }

  private static Optional<Integer> hours(Object v) {
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Integer i) {
      return Optional.of(i);
    }
    throw new WorkflowException(
        "INVALID_FORM",
        "/extensionHours must be a whole number of hours",
        Map.of(
            "errors",
            List.of(Map.of("pointer", "/extensionHours", "message", "must be a whole number"))));
  }

  private Caller caller() {
    return actors.caller();
  }

  private Actor actor(Caller caller) {
    return actors.actor(caller);
  }

  private static Envelope envelope(String bbox) {
    String[] parts = bbox.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox is minLon,minLat,maxLon,maxLat");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      v[i] = Double.parseDouble(parts[i].strip());
    }
    return new Envelope(v[0], v[2], v[1], v[3]);
  }
}
