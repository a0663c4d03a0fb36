package cn.onemap.loaders.survey;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.AreaOfUse;
import cn.onemap.core.crs.CrsCodes;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.loaders.ImportFailedException;
import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.crs.CoordinateGuesser;
import cn.onemap.loaders.crs.CrsGuess;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.pipeline.AttributeMapping;
import cn.onemap.loaders.pipeline.AttributeStage;
import cn.onemap.loaders.pipeline.GeometryStage;
import cn.onemap.loaders.pipeline.Row;
import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.qc.QcReportWriter;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The state of one survey import: both tables in memory, their rows, and the joined points. */
final class SurveyRun {
  /** Synthetic column carrying a segment's key "start-end". */
  static final String KEY = "#key";

  private static final Set<String> CATEGORY_CODES =
      Set.of(
          "JS", "JY", "SS", "ZS", "JP", "JZ", "XS", "LS", "JH", "PS", "YS", "WS", "HS", "RQ", "MQ",
          "YH", "TR", "RL", "RS", "ZQ", "DL", "GD", "LD", "XH", "DC", "GG", "TX", "DH", "DS", "XX",
          "GB", "GY", "QT", "ZH", "BM");

  private final SurveyRequest req;
  private final QcReportWriter pointsQc;
  private final QcReportWriter segmentsQc;
  private final CrsRegistry registry;
  private final CoordinateGuesser guesser;
  private final GeometryFactory factory = new GeometryFactory();
  private final SurveyChecks checks;
  private SurveyTable pointTable;
  private SurveyTable segmentTable;
  private DetectedCrs crs;
  private boolean surveyAxes = true; // X = northing, Y = easting
  final List<Row> pointRows = new ArrayList<>();
  final List<Row> segmentRows = new ArrayList<>();
  private final Map<String, Row> pointByNo = new HashMap<>();
  // Source-CRS coordinates of points: the geometry stage transforms row geometries in place.
  private final Map<String, Coordinate> sourceCoordinates = new HashMap<>();

  SurveyRun(
      SurveyRequest req,
      QcReportWriter pointsQc,
      QcReportWriter segmentsQc,
      CrsRegistry registry,
      CoordinateGuesser guesser) {
    this.req = req;
    this.pointsQc = pointsQc;
    this.segmentsQc = segmentsQc;
    this.registry = registry;
    this.guesser = guesser;
    this.checks = new SurveyChecks(req.rules());
  }

  void read() {
    pointTable =
        SurveyTable.read(req.points(), req.encoding(), List.of("point_no", "survey_x", "survey_y"));
    segmentTable = SurveyTable.read(req.segments(), req.encoding(), List.of("start_no", "end_no"));
  }

  /** Decides CRS and axis order, builds point rows with their own checks. */
  void check() {
    Envelope yx = new Envelope();
    for (Map<String, String> cells : pointTable.rows()) {
      Optional<double[]> xy = numbers(cells);
      xy.ifPresent(v -> yx.expandToInclude(v[1], v[0]));
    }
    crs = resolveCrs(yx);
    AreaOfUse area = registry.areaOfUse(crs.code());
    if (!area.contains(yx)
        && area.contains(new Envelope(yx.getMinY(), yx.getMaxY(), yx.getMinX(), yx.getMaxX()))) {
      surveyAxes = false;
      pointsQc.add(
          Issue.file(
              IssueCode.FILE_NOTE,
              "X/Y hold easting/northing (not the surveying convention X = northing): read them so"));
    }
    pointsQc.add(Issue.file(IssueCode.FILE_NOTE, "source CRS " + crs.describe()));
    pointsQc.add(
        Issue.file(IssueCode.FILE_NOTE, "text encoding " + pointTable.encoding().describe()));
    for (Map<String, String> cells : pointTable.rows()) {
      Optional<double[]> xy = numbers(cells);
      Map<String, Object> values = new HashMap<>(cells);
      values.remove(SurveyTable.ROW);
      values.computeIfAbsent("category", k -> category(cells.get("point_no")).orElse(null));
      long rowNo = Long.parseLong(cells.get(SurveyTable.ROW));
      Row row =
          new Row(
              xy.isEmpty()
                  ? SourceRecord.failed(
                      rowNo,
                      IssueCode.MISSING_GEOMETRY,
                      "X/Y '"
                          + cells.get("survey_x")
                          + "', '"
                          + cells.get("survey_y")
                          + "' are not coordinates",
                      values)
                  : SourceRecord.of(rowNo, factory.createPoint(coordinate(xy.get())), values));
      row.key(cells.get("point_no"));
      if (pointByNo.containsKey(row.key())) {
        row.reject(
            IssueCode.DUPLICATE_POINT_NUMBER,
            "物探点号 '" + row.key() + "' already appears at row " + pointByNo.get(row.key()).number());
      } else {
        pointByNo.put(row.key(), row);
        xy.ifPresent(v -> sourceCoordinates.put(row.key(), coordinate(v)));
      }
      checks.point(row, cells);
      pointRows.add(row);
    }
  }

  private DetectedCrs resolveCrs(Envelope yx) {
    if (req.crs().isPresent()) {
      String code = CrsCodes.canonical(req.crs().get());
      registry.info(code);
      return new DetectedCrs(code, DetectedCrs.How.REQUEST, req.crs().get());
    }
    CrsGuess g = guesser.guess(yx);
    if (g.code().isEmpty() || g.needsConfirmation()) {
      String code = g.candidates().isEmpty() ? "CRS_UNKNOWN" : "CRS_CONFIRMATION_REQUIRED";
      throw new ImportFailedException(
          code,
          "the survey declares no CRS; " + g.reason(),
          Map.of("candidates", g.candidates()),
          null,
          null);
    }
    return new DetectedCrs(g.code().get(), DetectedCrs.How.GUESSED, g.reason());
  }

  /** Runs the geometry and attribute stages; returns the edits of accepted rows. */
  List<FeatureEdit> stages(
      List<Row> rows,
      LayerDefinition layer,
      String keyColumn,
      java.util.function.Function<String, java.util.Optional<cn.onemap.core.catalog.CodeList>>
          codeLists) {
    Map<String, String> identity = new LinkedHashMap<>();
    layer.attributes().forEach(a -> identity.put(a.name(), a.name()));
    AttributeStage attributes =
        new AttributeStage(
            new cn.onemap.core.store.FeatureRules(layer, codeLists),
            layer,
            AttributeMapping.of(identity),
            Optional.empty());
    new GeometryStage(registry, crs.code(), req.datumShift(), layer, false, false).process(rows);
    List<FeatureEdit> edits = new ArrayList<>();
    for (Row row : rows) {
      if (!row.rejected() && row.geometry().isEmpty()) {
        row.reject(IssueCode.MISSING_GEOMETRY, "no geometry");
      }
      attributes.process(row);
      if (!row.rejected()) {
        edits.add(FeatureEdit.upsert(row.key(), row.geometry().orElseThrow(), row.attributes()));
      }
    }
    return edits;
  }

  /** Builds segment rows from the accepted points, with the segment checks. */
  void segmentsFromPoints() {
    segmentsQc.add(
        Issue.file(IssueCode.FILE_NOTE, "text encoding " + segmentTable.encoding().describe()));
    Map<String, Row> seen = new HashMap<>();
    for (Map<String, String> cells : segmentTable.rows()) {
      String start = cells.getOrDefault("start_no", "");
      String end = cells.getOrDefault("end_no", "");
      Map<String, Object> values = new HashMap<>(cells);
      values.remove(SurveyTable.ROW);
      values.computeIfAbsent("category", k -> category(start).orElse(null));
      long rowNo = Long.parseLong(cells.get(SurveyTable.ROW));
      Row a = accepted(start);
      Row b = accepted(end);
      Row row;
      if (a == null || b == null) {
        row =
            new Row(
                SourceRecord.failed(
                    rowNo,
                    IssueCode.SEGMENT_ENDPOINT_MISSING,
                    (a == null ? "起点点号 '" + start + "'" : "终点点号 '" + end + "'")
                        + " is not an accepted point of the points table",
                    values));
      } else {
        Coordinate p = sourceCoordinates.get(start);
        Coordinate q = sourceCoordinates.get(end);
        row =
            new Row(
                SourceRecord.of(
                    rowNo,
                    factory.createLineString(new Coordinate[] {p.copy(), q.copy()}),
                    values));
      }
      row.key(start + "-" + end);
      if (seen.putIfAbsent(row.key(), row) != null) {
        row.reject(
            IssueCode.DUPLICATE_KEY,
            "segment " + row.key() + " already appears at row " + seen.get(row.key()).number());
      }
      checks.segment(
          row,
          values,
          Optional.ofNullable((String) values.get("category")),
          elevation(a),
          elevation(b));
      segmentRows.add(row);
    }
  }

  /** Diameter changes at points that are not reducers; warnings on the points. */
  void diameterChecks() {
    List<String[]> accepted = new ArrayList<>();
    for (Row s : segmentRows) {
      if (!s.rejected()) {
        Map<String, Object> v = s.record().values();
        accepted.add(
            new String[] {
              (String) v.get("start_no"),
              (String) v.get("end_no"),
              (String) v.get("category"),
              (String) v.get("diameter")
            });
      }
    }
    Map<String, String> features = new HashMap<>();
    pointByNo.forEach(
        (no, r) ->
            features.put(no, String.valueOf(r.record().values().getOrDefault("feature", ""))));
    SurveyChecks.diameterChanges(accepted, features)
        .forEach(
            (no, message) -> {
              Row r = pointByNo.get(no);
              if (r != null) {
                r.warn(IssueCode.DIAMETER_CHANGE_WITHOUT_REDUCER, message);
              }
            });
  }

  void flushIssues() {
    pointRows.forEach(r -> r.issues().forEach(pointsQc::add));
    segmentRows.forEach(r -> r.issues().forEach(segmentsQc::add));
  }

  long rejected() {
    return pointRows.stream().filter(Row::rejected).count()
        + segmentRows.stream().filter(Row::rejected).count();
  }

  ImportReport report(
      boolean committed,
      String layer,
      boolean created,
      List<Row> rows,
      EditResult result,
      QcReportWriter qc,
      Path file,
      Duration elapsed,
      Optional<String> failure) {
    return new ImportReport(
        committed ? ImportReport.Status.COMMITTED : ImportReport.Status.FAILED,
        layer,
        file,
        Optional.of(SourceFormat.CSV),
        created,
        rows.size(),
        result == null ? 0 : result.insertedIds().size(),
        result == null ? 0 : result.updated(),
        result == null ? 0 : result.unchanged(),
        rows.stream().filter(Row::rejected).count(),
        rows.stream().filter(r -> !r.rejected() && r.hasIssues()).count(),
        Optional.ofNullable(crs),
        Optional.ofNullable(pointTable).map(SurveyTable::encoding),
        elapsed,
        qc.path(),
        qc.counts(),
        failure);
  }

  private Row accepted(String pointNo) {
    Row r = pointByNo.get(pointNo);
    return r == null || r.rejected() ? null : r;
  }

  private static Optional<Double> elevation(Row point) {
    if (point == null) {
      return Optional.empty();
    }
    try {
      Object v = point.record().values().get("ground_elev");
      return v == null ? Optional.empty() : Optional.of(Double.parseDouble(v.toString()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<String> category(String pointNo) {
    if (req.category().isPresent()) {
      return req.category();
    }
    if (pointNo == null) {
      return Optional.empty();
    }
    int i = 0;
    while (i < pointNo.length()
        && Character.isLetter(pointNo.charAt(i))
        && pointNo.charAt(i) < 128) {
      i++;
    }
    String prefix = pointNo.substring(0, i).toUpperCase(java.util.Locale.ROOT);
    return CATEGORY_CODES.contains(prefix) ? Optional.of(prefix) : Optional.empty();
  }

  private static Optional<double[]> numbers(Map<String, String> cells) {
    try {
      return Optional.of(
          new double[] {
            Double.parseDouble(cells.get("survey_x")), Double.parseDouble(cells.get("survey_y"))
          });
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** (X, Y) of the table as a JTS coordinate x = easting, y = northing. */
  private Coordinate coordinate(double[] xy) {
    return surveyAxes ? new Coordinate(xy[1], xy[0]) : new Coordinate(xy[0], xy[1]);
  }
}
