package cn.onemap.core.crs;

import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.NoninvertibleTransformException;
import org.geotools.api.referencing.operation.TransformException;

/**
 * A GeoTools {@link MathTransform} between longitude-first CRSs of one datum. The whole block goes
 * to {@code MathTransform.transform(double[], int, double[], int, int)} in one call, which keeps
 * the hot path free of per-point objects.
 */
record GeoToolsStep(String from, String to, MathTransform math) implements TransformStep {

  @Override
  public void apply(double[] src, int srcOff, double[] dst, int dstOff, int n) {
    try {
      math.transform(src, srcOff, dst, dstOff, n);
    } catch (TransformException e) {
      throw new TransformFailedException(from, to, e.getMessage(), e);
    }
  }

  @Override
  public TransformStep inverse() {
    try {
      return new GeoToolsStep(to, from, math.inverse());
    } catch (NoninvertibleTransformException e) {
      throw new TransformFailedException(to, from, "not invertible: " + e.getMessage(), e);
    }
  }
}
