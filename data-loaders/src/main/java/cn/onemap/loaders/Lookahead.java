package cn.onemap.loaders;

import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the first rows of a source ahead (for CRS guessing and schema inference) and then replays
 * them before the rest, so the source is still read only once. The sample stops at {@code size}
 * rows or {@value #MAX_COORDINATES} coordinates, whichever comes first, so a file of huge polygons
 * does not end up in memory through its sample.
 */
final class Lookahead implements Iterator<SourceRecord> {
  static final long MAX_COORDINATES = 2_000_000;

  private final FeatureSource source;
  private final List<SourceRecord> sample;
  private int replayed;

  Lookahead(FeatureSource source, int size, CancelSignal cancel) {
    this.source = source;
    this.sample = new ArrayList<>(Math.min(size, 1024));
    long coordinates = 0;
    while (sample.size() < size && coordinates < MAX_COORDINATES && source.hasNext()) {
      cancel.check("sampling the first rows");
      SourceRecord r = source.next();
      coordinates += r.geometry().map(g -> g.getNumPoints()).orElse(0);
      sample.add(r);
    }
  }

  /** The rows read ahead. */
  List<SourceRecord> sample() {
    return Collections.unmodifiableList(sample);
  }

  @Override
  public boolean hasNext() {
    return replayed < sample.size() || source.hasNext();
  }

  @Override
  public SourceRecord next() {
    if (replayed < sample.size()) {
      SourceRecord r = sample.get(replayed);
      sample.set(replayed++, null); // let replayed rows be collected
      return r;
    }
    if (!source.hasNext()) {
      throw new NoSuchElementException();
    }
    return source.next();
  }
}
