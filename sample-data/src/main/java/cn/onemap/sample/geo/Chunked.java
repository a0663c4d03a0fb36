package cn.onemap.sample.geo;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * An iterator over the concatenation of small lists made on demand: chunk 0, 1, … n-1. Lets big
 * layers stream (one street's or one day's features at a time) while staying in a fixed order.
 */
public final class Chunked<T> implements Iterator<T> {
  private final int chunks;
  private final IntFunction<List<T>> make;
  private int next;
  private Iterator<T> current = Collections.emptyIterator();

  public Chunked(int chunks, IntFunction<List<T>> make) {
    this.chunks = chunks;
    this.make = make;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && next < chunks) {
      current = make.apply(next++).iterator();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
