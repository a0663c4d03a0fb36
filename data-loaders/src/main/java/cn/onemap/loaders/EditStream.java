package cn.onemap.loaders;

import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.loaders.pipeline.AttributeStage;
import cn.onemap.loaders.pipeline.GeometryStage;
import cn.onemap.loaders.pipeline.Row;
import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.qc.QcReportWriter;
import cn.onemap.loaders.source.SourceRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The edits of one import as a lazy iterator, which the store consumes inside its one transaction:
 * rows are read in batches of {@value #BATCH} (one bulk transform each), checked, their findings
 * streamed into the QC report, and only good rows come out as edits. Throws {@link ImportAbort} (so
 * the store rolls back) when the import is cancelled or rejects too many rows.
 */
final class EditStream<E extends FeatureEdit> implements Iterator<E> {
  static final int BATCH = 1_000;

  private final Iterator<SourceRecord> records;
  private final GeocodeStage geocode;
  private final GeometryStage geometry;
  private final AttributeStage attributes;
  private final Function<Row, E> toEdit;
  private final QcReportWriter qc;
  private final Ticker ticker;
  private final CancelSignal cancel;
  private final long maxRejected;
  private final ArrayDeque<E> ready = new ArrayDeque<>(BATCH);

  long rowsRead;
  long rejected;
  long warned;

  /** Reports progress at most every 10,000 rows or once a second. */
  interface Ticker {
    void tick(EditStream<?> stream, boolean force);
  }

  EditStream(
      Iterator<SourceRecord> records,
      GeocodeStage geocode,
      GeometryStage geometry,
      AttributeStage attributes,
      Function<Row, E> toEdit,
      QcReportWriter qc,
      Ticker ticker,
      CancelSignal cancel,
      long maxRejected) {
    this.records = records;
    this.geocode = geocode;
    this.geometry = geometry;
    this.attributes = attributes;
    this.toEdit = toEdit;
    this.qc = qc;
    this.ticker = ticker;
    this.cancel = cancel;
    this.maxRejected = maxRejected;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && records.hasNext()) {
      fill();
    }
    return !ready.isEmpty();
  }

  @Override
  public E next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void fill() {
    List<Row> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && records.hasNext()) {
      if (cancel.isCancelled()) {
        throw new ImportAbort(
            "IMPORT_CANCELLED", "the import was cancelled after " + rowsRead + " rows", Map.of());
      }
      Row row = new Row(records.next());
      attributes.key(row);
      batch.add(row);
      rowsRead++;
    }
    cancel.check("reading");
    geocode.process(batch);
    cancel.check("geocoding");
    geometry.process(batch);
    cancel.check("validating");
    for (Row row : batch) {
      if (!row.rejected() && row.geometry().isEmpty()) {
        row.reject(IssueCode.MISSING_GEOMETRY, "the row has no geometry or coordinates");
      }
      attributes.process(row);
      if (row.hasIssues()) {
        for (Issue issue : row.issues()) {
          qc.add(issue);
        }
      }
      if (row.rejected()) {
        rejected++;
        if (rejected > maxRejected) {
          throw new ImportAbort(
              "TOO_MANY_REJECTED",
              "more than "
                  + maxRejected
                  + " rows were rejected (the last at row "
                  + row.number()
                  + "); nothing was written — see the QC report",
              Map.of("maxRejected", maxRejected, "row", row.number()));
        }
      } else {
        if (row.hasIssues()) {
          warned++;
        }
        ready.add(toEdit.apply(row));
      }
    }
    ticker.tick(this, false);
  }
}
