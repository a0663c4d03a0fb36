package cn.onemap.sample;

/** Told what the generator is doing; called on the generating thread. */
@FunctionalInterface
public interface ProgressListener {
  /**
   * @param step what is happening, e.g. "load city_parts"
   * @param done features written so far in this step (0 at its start)
   */
  void progress(String step, long done);

  static ProgressListener none() {
    return (step, done) -> {};
  }
}
