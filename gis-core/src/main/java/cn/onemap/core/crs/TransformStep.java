package cn.onemap.core.crs;

/**
 * One stage of a {@link PipelineTransform}: a bulk function on interleaved x,y arrays. Steps are
 * immutable and safe to call from several threads. {@code src} and {@code dst} may be the same
 * array at the same offset (the pipeline runs every step after the first in place).
 */
interface TransformStep {

  /** Transforms {@code n} points; throws {@link TransformFailedException} on failure. */
  void apply(double[] src, int srcOff, double[] dst, int dstOff, int n);

  /** The step undoing this one. */
  TransformStep inverse();
}
