package cn.onemap.core.store;

import cn.onemap.core.feature.Feature;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A forward-only stream of query results read from an open database cursor, a page at a time, so a
 * result of a million features never sits in memory. Holds a connection until closed: use
 * try-with-resources.
 */
public interface FeatureCursor extends Iterator<Feature>, AutoCloseable {

  @Override
  void close();

  /** The remaining features as a sequential stream; closing the stream closes the cursor. */
  default Stream<Feature> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
        .onClose(this::close);
  }
}
