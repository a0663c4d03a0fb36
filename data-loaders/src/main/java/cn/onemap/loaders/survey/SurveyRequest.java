package cn.onemap.loaders.survey;

import cn.onemap.core.feature.EditContext;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An import of one CJJ 61 survey: a points table and a segments table (CSV) into a pipe-points and
 * a pipe-segments layer. Point numbers are the points' keys and "start-end" the segments', so
 * re-importing a survey is idempotent.
 *
 * @param points the points table (物探点号, 特征, 附属物, X, Y, 地面高程 …)
 * @param segments the segments table (起点点号, 终点点号, 起点埋深, 终点埋深, 管径, 材质, 埋设方式 …)
 * @param pointsLayer id of the points layer
 * @param segmentsLayer id of the segments layer
 * @param createLayers create missing layers with {@link SurveyLayers}; titles below
 * @param pointsTitle title of a created points layer, e.g. "给水管线点"
 * @param segmentsTitle title of a created segments layer, e.g. "给水管线"
 * @param category the 管线类别 (e.g. JS, PS, YS) of rows whose table has no such column; empty to take
 *     it from the point number's letter prefix (YS12 → YS) when that is a CJJ 61 code
 * @param crs the survey's CRS (X = northing, Y = easting by surveying convention); empty to guess
 * @param datumShift datum-shift set for Xian 1980 / Beijing 1954 / local grids
 * @param encoding the tables' encoding; empty to detect
 * @param rules thresholds of the checks
 * @param maxRejected the import fails when more rows (both tables) are rejected
 * @param context author and reason recorded on every version
 * @param pointsQc QC report of the points table
 * @param segmentsQc QC report of the segments table
 */
public record SurveyRequest(
    Path points,
    Path segments,
    String pointsLayer,
    String segmentsLayer,
    boolean createLayers,
    String pointsTitle,
    String segmentsTitle,
    Optional<String> category,
    Optional<String> crs,
    Optional<String> datumShift,
    Optional<Charset> encoding,
    SurveyRules rules,
    long maxRejected,
    EditContext context,
    Path pointsQc,
    Path segmentsQc) {
  public SurveyRequest {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(segments, "segments");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(context, "context");
  }

  /** Defaults: create layers "管线点"/"管线段", guess CRS and encoding, default rules. */
  public static SurveyRequest of(
      Path points, Path segments, String pointsLayer, String segmentsLayer) {
    return new SurveyRequest(
        points,
        segments,
        pointsLayer,
        segmentsLayer,
        true,
        "管线点",
        "管线段",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        SurveyRules.defaults(),
        1_000,
        EditContext.by("data-loaders"),
        points.resolveSibling(points.getFileName() + ".qc.csv"),
        segments.resolveSibling(segments.getFileName() + ".qc.csv"));
  }

  public SurveyRequest withCrs(String code) {
    return new SurveyRequest(
        points,
        segments,
        pointsLayer,
        segmentsLayer,
        createLayers,
        pointsTitle,
        segmentsTitle,
        category,
        Optional.of(code),
        datumShift,
        encoding,
        rules,
        maxRejected,
        context,
        pointsQc,
        segmentsQc);
  }

  public SurveyRequest withCategory(String code) {
    return new SurveyRequest(
        points,
        segments,
        pointsLayer,
        segmentsLayer,
        createLayers,
        pointsTitle,
        segmentsTitle,
        Optional.of(code),
        crs,
        datumShift,
        encoding,
        rules,
        maxRejected,
        context,
        pointsQc,
        segmentsQc);
  }
}
