package cn.onemap.address.batch;

/** Told how far a batch got; called on the batch's thread, keep it quick. */
@FunctionalInterface
public interface BatchProgress {
  BatchProgress NONE = (rows, matched) -> {};

  /**
   * @param rows rows geocoded so far
   * @param matched of which matched at door level or finer
   */
  void progress(long rows, long matched);
}
