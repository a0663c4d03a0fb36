package cn.onemap.portal.cases;

import cn.onemap.core.geom.GeometryCodec;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.cases.Actor;
import cn.onemap.workflow.patrol.Coverage;
import cn.onemap.workflow.patrol.NewPatrol;
import cn.onemap.workflow.patrol.PartInspection;
import cn.onemap.workflow.patrol.PartInspections;
import cn.onemap.workflow.patrol.PartView;
import cn.onemap.workflow.patrol.Patrol;
import cn.onemap.workflow.patrol.PatrolDesk;
import cn.onemap.workflow.patrol.TrackPoint;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grid manager's patrols (巡查: {@code /api/patrols}) and parts inspection (部件巡检: {@code
 * /api/cases/grids/{code}/parts}, {@code /api/parts/{objId}}), signed-in callers only. Only a
 * grid's own managers upload patrols and inspect parts for it (403 {@code NOT_YOUR_GRID}); they see
 * their own patrols and their grids, the centre's roles all. Bad tracks are 400 (413 above the most
 * points), a resent patrol id 200 with the stored patrol.
 */
@RestController
@Tag(name = "巡查 Patrols and part inspections")
class PatrolController {
  /** 20,000 points of {lon, lat, t, accuracy} are ~1.8 MB of JSON. */
  static final int MAX_BODY_BYTES = 4 << 20;

  /** An inspection is a result and a note of at most 500 characters. */
  static final int MAX_INSPECTION_BYTES = 16 << 10;

  private static final GeometryCodec CODEC = new GeometryCodec(4490);

  private final PatrolDesk patrols;
  private final PartInspections parts;
  private final CaseActors actors;
  private final ObjectMapper json;

  PatrolController(
      PatrolDesk patrols, PartInspections parts, CaseActors actors, ObjectMapper json) {
    this.patrols = patrols;
    this.parts = parts;
    this.actors = actors;
    this.json = json;
  }

  @Schema(description = "A stored patrol")
  record PatrolView(
      String id,
      String user,
      String grid,
      Instant startedAt,
      Instant endedAt,
      double lengthMetres,
      int points,
      @Schema(description = "fixes dropped: GPS jumps, poor accuracy, outside the city")
          int dropped,
      @Schema(description = "share of the grid this patrol covered, 0–1") double coverage,
      @Schema(description = "false when this upload resent a stored patrol id") boolean created,
      @Schema(description = "the cleaned track, GeoJSON LineString (CGCS2000)") JsonNode track) {}

  @Schema(description = "Coverage of a grid by patrols")
  record CoverageView(
      String grid,
      String period,
      Instant from,
      Instant to,
      @Schema(description = "covered area ÷ grid area, 0–1") double ratio,
      double gridAreaM2,
      double coveredAreaM2,
      int patrols,
      @Schema(description = "the covered part of the grid, GeoJSON (CGCS2000)") JsonNode covered) {}

  @Schema(description = "An inspection to record")
  record InspectionBody(
      @Schema(description = "完好, 破损, 丢失 or 占用", example = "破损") String result,
      @Schema(description = "remark, at most 500 characters") String note,
      @Schema(
              description =
                  "when the inspection was made (a phone sending it after being offline), at most 7"
                      + " days ago; the same instant again is a resend and changes nothing")
          Instant inspectedAt) {}

  @Schema(description = "A page of a grid's city parts with their last inspection")
  record PartsPage(
      String grid,
      long total,
      int offset,
      int limit,
      @Schema(description = "the results an inspection may record") List<String> results,
      List<PartView> parts) {}

  @Schema(description = "A city part after an inspection")
  record InspectedPart(
      PartView part,
      @Schema(description = "true when the result calls for a case (上报案件): 破损, 丢失, 占用")
          boolean reportable) {}

  @PostMapping("/api/patrols")
  @Operation(
      summary =
          "Upload a patrol track: {patrolId, grid?, points:[{lon, lat, t, accuracy}]} or"
              + " {patrolId, grid?, geometry: GeoJSON LineString, times:[…], accuracies:[…]} (also"
              + " as a GeoJSON Feature with those in its properties). Cleaned of GPS jumps (> 30"
              + " m/s), fixes worse than 50 m and outside the city; the same patrolId again"
              + " returns the stored patrol",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(mediaType = "application/json")))
  @ApiResponse(responseCode = "201", description = "the stored patrol")
  @ApiResponse(responseCode = "200", description = "a resend: the patrol stored before")
  @ApiResponse(responseCode = "400", description = "bad track: times backwards, too short…")
  @ApiResponse(responseCode = "403", description = "not a manager of the grid")
  @ApiResponse(responseCode = "413", description = "more than 20,000 points or 4 MB")
  ResponseEntity<PatrolView> upload(HttpServletRequest request) throws IOException {
    Actor actor = actors.actor(actors.caller());
    JsonNode body = readBody(request, MAX_BODY_BYTES);
    JsonNode props = body.path("properties").isObject() ? body.get("properties") : body;
    String id = text(props, "patrolId").or(() -> text(body, "id")).orElse(null);
    Optional<String> grid = text(props, "grid");
    NewPatrol patrol = new NewPatrol(id, grid, points(body, props));
    Patrol stored = patrols.upload(patrol, actor);
    return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(view(stored));
  }

  @GetMapping("/api/patrols")
  @Operation(
      summary =
          "Patrols, newest first: the caller's own (grid managers) or everyone's (the centre), of a"
              + " grid and from an instant")
  List<PatrolView> list(
      @Parameter(description = "unit grid code") @RequestParam(required = false) String grid,
      @Parameter(description = "ISO instant: patrols started at or after it")
          @RequestParam(required = false)
          String from) {
    Actor actor = actors.actor(actors.caller());
    return patrols
        .list(
            Optional.ofNullable(grid),
            Optional.ofNullable(from).map(f -> instant(f, "from")),
            actor)
        .stream()
        .map(this::view)
        .toList();
  }

  @GetMapping("/api/patrols/coverage")
  @Operation(
      summary =
          "Coverage of a grid by its patrols of today or this week (Beijing time), or of one"
              + " patrol: the ratio and the covered part as GeoJSON")
  @ApiResponse(responseCode = "403", description = "not a manager of the grid nor the centre")
  CoverageView coverage(
      @Parameter(description = "unit grid code") @RequestParam(required = false) String grid,
      @Parameter(description = "today (default) or week") @RequestParam(defaultValue = "today")
          String period,
      @Parameter(description = "one patrol's id instead of a grid and period")
          @RequestParam(required = false)
          String patrol) {
    Actor actor = actors.actor(actors.caller());
    if (patrol != null) {
      Coverage c = patrols.coverageOf(patrol, actor);
      return view(c, "patrol", null, null);
    }
    if (grid == null || grid.isBlank()) {
      throw new IllegalArgumentException("grid (a unit grid code) or patrol is required");
    }
    Instant from = patrols.periodStart(period);
    Instant to = patrols.now();
    return view(patrols.coverage(grid, from, to, actor), period, from, to);
  }

  @GetMapping("/api/cases/grids/{code}/parts")
  @Operation(
      summary =
          "The city parts of a grid (its managers and the centre), by id, with class name, state"
              + " and last inspection")
  @ApiResponse(responseCode = "403", description = "not a manager of the grid nor the centre")
  PartsPage gridParts(
      @PathVariable String code,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "200") int limit) {
    PartInspections.Page page = parts.parts(code, offset, limit, actors.actor(actors.caller()));
    return new PartsPage(code, page.total(), offset, limit, PartInspections.RESULTS, page.parts());
  }

  @GetMapping("/api/parts/{objId}")
  @Operation(summary = "A city part with every inspection, newest first")
  PartView part(@PathVariable String objId) {
    return parts.get(objId, actors.actor(actors.caller()));
  }

  @PostMapping("/api/parts/{objId}/inspections")
  @Operation(
      summary =
          "Record an inspection of a part of the caller's grid: a new version of the part with"
              + " the result as its 部件状态; 破损/丢失/占用 are reportable as a case")
  @ApiResponse(responseCode = "400", description = "unknown result, note too long")
  @ApiResponse(responseCode = "403", description = "the part is not in the caller's grids")
  @ApiResponse(responseCode = "404", description = "no such part")
  ResponseEntity<InspectedPart> inspect(
      @PathVariable String objId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = InspectionBody.class)))
          HttpServletRequest request)
      throws IOException {
    InspectionBody body;
    try {
      body = json.treeToValue(readBody(request, MAX_INSPECTION_BYTES), InspectionBody.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the body is {result, note?, inspectedAt?} with inspectedAt an ISO instant");
    }
    PartView part =
        parts.inspect(
            objId,
            body.result(),
            Optional.ofNullable(body.note()),
            Optional.ofNullable(body.inspectedAt()),
            actors.actor(actors.caller()));
    boolean reportable =
        part.lastInspection()
            .map(PartInspection::result)
            .map(PartInspections.REPORTABLE::contains)
            .orElse(false);
    return ResponseEntity.status(HttpStatus.CREATED).body(new InspectedPart(part, reportable));
  }

  private PatrolView view(Patrol p) {
    return new PatrolView(
        p.id(),
        p.user(),
        p.grid(),
        p.startedAt(),
        p.endedAt(),
        p.lengthMetres(),
        p.points(),
        p.dropped(),
        p.coverage(),
        p.created(),
        geoJson(p.track()));
  }

  private CoverageView view(Coverage c, String period, Instant from, Instant to) {
    return new CoverageView(
        c.grid(),
        period,
        from,
        to,
        c.ratio(),
        Math.round(c.gridAreaM2() * 10) / 10.0,
        Math.round(c.coveredAreaM2() * 10) / 10.0,
        c.patrols(),
        geoJson(c.covered()));
  }

  private JsonNode geoJson(Geometry g) {
    try {
      return json.readTree(CODEC.toGeoJson(g));
    } catch (IOException e) {
      throw new IllegalStateException("GeoJSON of a stored geometry", e);
    }
  }

  /** The fixes: a points array, or a LineString with parallel times and accuracies. */
  private static List<TrackPoint> points(JsonNode body, JsonNode props) {
    List<TrackPoint> out = new ArrayList<>();
    JsonNode points = props.get("points");
    if (points != null && points.isArray()) {
      for (JsonNode p : points) {
        out.add(
            new TrackPoint(
                number(p, "lon"), number(p, "lat"), time(p.get("t")), accuracy(p.get("accuracy"))));
      }
      return out;
    }
    JsonNode geometry = body.get("geometry");
    if (geometry == null || !"LineString".equals(geometry.path("type").asText())) {
      throw new WorkflowException(
          "INVALID_TRACK",
          "the body needs points [{lon, lat, t, accuracy}] or a GeoJSON LineString geometry");
    }
    JsonNode coordinates = geometry.path("coordinates");
    JsonNode times = props.path("times");
    JsonNode accuracies = props.path("accuracies");
    if (!coordinates.isArray() || !times.isArray() || times.size() != coordinates.size()) {
      throw new WorkflowException(
          "INVALID_TRACK",
          "a LineString track needs one time per coordinate (properties.times)",
          Map.of("coordinates", coordinates.size(), "times", times.size()));
    }
    for (int i = 0; i < coordinates.size(); i++) {
      JsonNode c = coordinates.get(i);
      out.add(
          new TrackPoint(
              c.path(0).asDouble(Double.NaN),
              c.path(1).asDouble(Double.NaN),
              time(times.get(i)),
              accuracy(accuracies.get(i))));
    }
    return out;
  }

  private static double number(JsonNode p, String field) {
    JsonNode v = p.get(field);
    if (v == null || !v.isNumber()) {
      throw new WorkflowException(
          "INVALID_TRACK", "each point needs a number " + field, Map.of("field", field));
    }
    return v.asDouble();
  }

  private static double accuracy(JsonNode v) {
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  /** An ISO instant or epoch milliseconds. */
  private static Instant time(JsonNode t) {
    if (t != null && t.isNumber()) {
      return Instant.ofEpochMilli(t.asLong());
    }
    if (t != null && t.isTextual()) {
      return instant(t.asText(), "t");
    }
    throw new WorkflowException(
        "INVALID_TRACK", "each point needs a time t (ISO instant or epoch milliseconds)");
  }

  private static Instant instant(String text, String field) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new WorkflowException(
          "INVALID_TRACK",
          field + " '" + text + "' is not an ISO instant such as 2026-12-04T08:00:00Z",
          Map.of("field", field));
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  private JsonNode readBody(HttpServletRequest request, int maxBytes) throws IOException {
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      JsonNode body;
      try {
        body = json.readTree(bytes);
      } catch (IOException e) {
        throw new IllegalArgumentException("the request body is not valid JSON");
      }
      if (body == null || !body.isObject()) {
        throw new IllegalArgumentException("the body must be a JSON object");
      }
      return body;
    }
  }

  private static WorkflowException tooLarge(int maxBytes) {
    return new WorkflowException(
        "UPLOAD_TOO_LARGE",
        "the body has at most " + maxBytes / 1024 + " KB",
        Map.of("maxBytes", maxBytes));
  }
}
