package cn.onemap.loaders;

import cn.onemap.core.GisException;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.loaders.crs.CoordinateGuesser;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.csv.CsvSource;
import cn.onemap.loaders.geocode.AddressGeocoder;
import cn.onemap.loaders.pipeline.AttributeStage;
import cn.onemap.loaders.pipeline.GeometryStage;
import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.qc.QcReportWriter;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.text.DetectedEncoding;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Imports one file into one layer of the feature store — the entry point for the portal's upload
 * job and the CLI.
 *
 * <p>An import streams: rows are read, checked and written as they come, findings go straight into
 * the QC report, and memory stays flat for any file size. Every write of an import goes through ONE
 * store call, hence one transaction: {@code bulkInsert} (PostGIS COPY) when there is no key column,
 * {@code apply} with upserts when there is. So a failed import — I/O error, database error, too
 * many rejected rows, cancellation — writes nothing, and a layer it created is dropped again.
 * Rejected rows are skipped, not fatal, up to {@link ImportRequest#maxRejected()}.
 *
 * <p>Thread-safe: one instance may run imports on several threads (each its own transaction).
 */
public final class Importer {
  /** Rows read ahead for CRS guessing and schema inference. */
  static final int SAMPLE_ROWS = 10_000;

  private final FeatureStore store;
  private final CrsRegistry registry;
  private final CoordinateGuesser guesser;
  private final Optional<AddressGeocoder> geocoder;

  /** An importer for Meizhou (zone guesses 4548/4547), without geocoding. */
  public Importer(FeatureStore store) {
    this(store, CrsRegistry.defaultRegistry(), CoordinateGuesser.meizhou(), Optional.empty());
  }

  public Importer(
      FeatureStore store,
      CrsRegistry registry,
      CoordinateGuesser guesser,
      Optional<AddressGeocoder> geocoder) {
    this.store = store;
    this.registry = registry;
    this.guesser = guesser;
    this.geocoder = geocoder;
  }

  /** Runs the import without progress reports or cancellation. */
  public ImportReport run(ImportRequest request) {
    return run(request, ProgressListener.NONE, new CancelSignal());
  }

  /**
   * Runs the import on the calling thread.
   *
   * @return the report of a committed import
   * @throws ImportFailedException when nothing was written; its report has the counts so far
   */
  public ImportReport run(ImportRequest request, ProgressListener listener, CancelSignal cancel) {
    ImportRun run = new ImportRun(request, System.nanoTime());
    try (QcReportWriter qc = QcReportWriter.open(request.qcReport())) {
      run.qc = qc;
      try {
        return execute(run, listener, cancel);
      } catch (ImportAbort e) {
        throw run.fail(e.code, e.getMessage(), e.details, e, store);
      } catch (GisException e) {
        throw run.fail(e.code(), e.getMessage(), e.details(), e, store);
      } catch (UncheckedIOException e) {
        throw run.fail("IO_ERROR", e.getMessage(), Map.of(), e, store);
      } catch (RuntimeException e) {
        throw run.fail("IMPORT_FAILED", String.valueOf(e.getMessage()), Map.of(), e, store);
      } finally {
        if (run.source != null) {
          run.source.close();
        }
      }
    }
  }

  private ImportReport execute(ImportRun run, ProgressListener listener, CancelSignal cancel) {
    ImportRequest request = run.request;
    cancel.check("starting");
    FeatureSource source = Sources.open(request.file(), request.source());
    run.source = source;
    cancel.check("opening the file");
    run.format = Optional.of(source.format());
    run.encoding = source.encoding();
    source.fileIssues().forEach(run.qc::add);
    source
        .encoding()
        .ifPresent(
            e -> run.qc.add(Issue.file(IssueCode.FILE_NOTE, "text encoding " + e.describe())));
    Lookahead records = new Lookahead(source, SAMPLE_ROWS, cancel);
    cancel.check("sampling the first rows");
    DetectedCrs crs = new CrsResolver(registry, guesser).resolve(request, source, records.sample());
    run.crs = Optional.of(crs);
    run.qc.add(Issue.file(IssueCode.FILE_NOTE, "source CRS " + crs.describe()));
    cancel.check("resolving the CRS");
    TargetLayer target = TargetLayer.resolve(store, request, source, records.sample());
    run.created = target.created();
    target
        .mapping()
        .ignored()
        .forEach(
            c ->
                run.qc.add(
                    Issue.file(
                        IssueCode.COLUMN_IGNORED,
                        "column '"
                            + c
                            + "' has no attribute in layer '"
                            + target.layer().id()
                            + "'")));
    Optional<String> keyColumn =
        TargetLayer.keyColumn(
            request.keyColumn(), TargetLayer.fields(source, records.sample()), target.mapping());
    GeometryStage geometry =
        new GeometryStage(
            registry,
            crs.code(),
            request.datumShift(),
            target.layer(),
            request.fixSwappedAxes(),
            request.repair());
    AttributeStage attributes =
        new AttributeStage(
            new cn.onemap.core.store.FeatureRules(target.layer(), store::codeList),
            target.layer(),
            target.mapping(),
            keyColumn);
    Optional<String> address =
        source instanceof CsvSource csv ? csv.addressColumn() : Optional.empty();
    GeocodeStage geocode = new GeocodeStage(geocoder, address, crs.code(), registry);
    EditStream.Ticker ticker = new ProgressTicker(source, listener);
    String layerId = target.layer().id();
    if (keyColumn.isPresent()) {
      EditStream<FeatureEdit> edits =
          new EditStream<>(
              records,
              geocode,
              geometry,
              attributes,
              row -> FeatureEdit.upsert(row.key(), row.geometry().orElseThrow(), row.attributes()),
              run.qc,
              ticker,
              cancel,
              request.maxRejected());
      run.stream = edits;
      EditResult result = store.apply(layerId, edits, request.context());
      run.inserted = result.insertedIds().size();
      run.updated = result.updated();
      run.unchanged = result.unchanged();
      ticker.tick(edits, true);
    } else {
      EditStream<FeatureEdit.Insert> edits =
          new EditStream<>(
              records,
              geocode,
              geometry,
              attributes,
              row -> FeatureEdit.insert(row.geometry().orElseThrow(), row.attributes()),
              run.qc,
              ticker,
              cancel,
              request.maxRejected());
      run.stream = edits;
      run.inserted = store.bulkInsert(layerId, edits, request.context(), n -> {});
      ticker.tick(edits, true);
    }
    return run.report(ImportReport.Status.COMMITTED, Optional.empty());
  }

  /** The mutable state of one run, for the report whether it commits or fails. */
  private static final class ImportRun {
    final ImportRequest request;
    final long started;
    QcReportWriter qc;
    FeatureSource source;
    EditStream<?> stream;
    Optional<SourceFormat> format = Optional.empty();
    Optional<DetectedEncoding> encoding = Optional.empty();
    Optional<DetectedCrs> crs = Optional.empty();
    boolean created;
    long inserted;
    long updated;
    long unchanged;

    ImportRun(ImportRequest request, long started) {
      this.request = request;
      this.started = started;
    }

    ImportReport report(ImportReport.Status status, Optional<String> failure) {
      return new ImportReport(
          status,
          request.layerId(),
          request.file(),
          format,
          created,
          stream == null ? 0 : stream.rowsRead,
          inserted,
          updated,
          unchanged,
          stream == null ? 0 : stream.rejected,
          stream == null ? 0 : stream.warned,
          crs,
          encoding,
          Duration.ofNanos(System.nanoTime() - started),
          request.qcReport(),
          qc == null ? Map.of() : qc.counts(),
          failure);
    }

    ImportFailedException fail(
        String code,
        String message,
        Map<String, Object> details,
        Throwable cause,
        FeatureStore store) {
      inserted = updated = unchanged = 0;
      if (created) {
        try {
          store.dropLayer(request.layerId()); // the layer did not exist before this import
        } catch (RuntimeException e) {
          cause.addSuppressed(e);
        }
      }
      ImportReport report = report(ImportReport.Status.FAILED, Optional.of(code + ": " + message));
      return new ImportFailedException(code, message, details, report, cause);
    }
  }
}
