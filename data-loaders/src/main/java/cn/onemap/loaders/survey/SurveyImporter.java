package cn.onemap.loaders.survey;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.loaders.ImportFailedException;
import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.crs.CoordinateGuesser;
import cn.onemap.loaders.qc.QcReportWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a CJJ 61 survey ({@link SurveyRequest}): reads both tables, joins segments to their
 * points, runs the checks ({@link SurveyChecks}) and the same geometry and attribute stages as file
 * imports, and writes only when everything has been checked.
 *
 * <p>Atomicity: each layer is written in one transaction (one {@code apply} call with upserts),
 * points first. The two layers cannot share a transaction through the store API, so if the segments
 * write fails after the points were committed, the points stay; because both are keyed upserts,
 * re-running the import after the cause is fixed completes it without duplicates.
 *
 * <p>Coordinates: survey tables follow the surveying convention X = northing, Y = easting. If the
 * values only fit the CRS the other way round, the table is read as X = easting and a note says so.
 */
public final class SurveyImporter {
  private final FeatureStore store;
  private final CrsRegistry registry;
  private final CoordinateGuesser guesser;

  public SurveyImporter(FeatureStore store) {
    this(store, CrsRegistry.defaultRegistry(), CoordinateGuesser.meizhou());
  }

  public SurveyImporter(FeatureStore store, CrsRegistry registry, CoordinateGuesser guesser) {
    this.store = store;
    this.registry = registry;
    this.guesser = guesser;
  }

  /**
   * @throws ImportFailedException when nothing was written (too many rejects, unreadable table, CRS
   *     to confirm, store error)
   */
  public SurveyReport run(SurveyRequest req) {
    long started = System.nanoTime();
    List<String> created = new ArrayList<>();
    try (QcReportWriter pointsQc = QcReportWriter.open(req.pointsQc());
        QcReportWriter segmentsQc = QcReportWriter.open(req.segmentsQc())) {
      SurveyRun run = new SurveyRun(req, pointsQc, segmentsQc, registry, guesser);
      try {
        run.read();
        run.check();
        LayerDefinition points =
            layer(
                req.pointsLayer(),
                () -> SurveyLayers.points(req.pointsLayer(), req.pointsTitle()),
                req,
                created);
        LayerDefinition segments =
            layer(
                req.segmentsLayer(),
                () -> SurveyLayers.segments(req.segmentsLayer(), req.segmentsTitle()),
                req,
                created);
        List<FeatureEdit> pointEdits =
            run.stages(run.pointRows, points, "point_no", store::codeList);
        run.segmentsFromPoints();
        List<FeatureEdit> segmentEdits =
            run.stages(run.segmentRows, segments, SurveyRun.KEY, store::codeList);
        run.diameterChecks();
        run.flushIssues();
        long rejected = run.rejected();
        if (rejected > req.maxRejected()) {
          throw new ImportFailedException(
              "TOO_MANY_REJECTED",
              rejected
                  + " rows were rejected, more than "
                  + req.maxRejected()
                  + "; nothing was written — see the QC reports",
              Map.of(),
              null,
              null);
        }
        EditResult p = store.apply(points.id(), pointEdits.iterator(), req.context());
        EditResult s = store.apply(segments.id(), segmentEdits.iterator(), req.context());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new SurveyReport(
            run.report(
                true,
                points.id(),
                created.contains(points.id()),
                run.pointRows,
                p,
                pointsQc,
                req.points(),
                elapsed,
                Optional.empty()),
            run.report(
                true,
                segments.id(),
                created.contains(segments.id()),
                run.segmentRows,
                s,
                segmentsQc,
                req.segments(),
                elapsed,
                Optional.empty()));
      } catch (GisException e) {
        for (String id : created) {
          try {
            if (store.layer(id).isPresent()) {
              store.dropLayer(id);
            }
          } catch (RuntimeException suppressed) {
            e.addSuppressed(suppressed);
          }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Optional<String> why = Optional.of(e.code() + ": " + e.getMessage());
        ImportReport failed =
            run.report(
                false,
                req.pointsLayer(),
                false,
                run.pointRows,
                null,
                pointsQc,
                req.points(),
                elapsed,
                why);
        throw new ImportFailedException(e.code(), e.getMessage(), e.details(), failed, e);
      }
    }
  }

  private LayerDefinition layer(
      String id,
      java.util.function.Supplier<LayerDefinition> definition,
      SurveyRequest req,
      List<String> created) {
    Optional<LayerDefinition> existing = store.layer(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (!req.createLayers()) {
      throw new ImportFailedException(
          "LAYER_NOT_FOUND",
          "layer '" + id + "' does not exist; ask for it to be created",
          Map.of("layer", id),
          null,
          null);
    }
    store.createLayer(definition.get());
    created.add(id);
    return store.requireLayer(id);
  }
}
