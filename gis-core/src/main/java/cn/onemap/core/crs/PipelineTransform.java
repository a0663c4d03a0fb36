package cn.onemap.core.crs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A {@link CoordinateTransform} made of a list of {@link TransformStep}s, run one after the other
 * over the whole block (first step src → dst, the rest in place on dst), so a chain costs no
 * temporary arrays.
 */
final class PipelineTransform implements CoordinateTransform {
  /** Points per block in {@link #transformParallel}: large enough to amortise task overhead. */
  static final int BLOCK = 65_536;

  private final AreaOfUse sourceArea;
  private final AreaOfUse targetArea;
  private final TransformStep[] steps;
  private volatile PipelineTransform inverse;

  PipelineTransform(AreaOfUse sourceArea, AreaOfUse targetArea, List<TransformStep> steps) {
    this.sourceArea = sourceArea;
    this.targetArea = targetArea;
    this.steps = steps.toArray(TransformStep[]::new);
  }

  @Override
  public CrsInfo source() {
    return sourceArea.crs();
  }

  @Override
  public CrsInfo target() {
    return targetArea.crs();
  }

  @Override
  public boolean isIdentity() {
    return steps.length == 0;
  }

  @Override
  public double[] transform(double x, double y) {
    double[] p = {x, y};
    run(p, 0, p, 0, 1, 0);
    return p;
  }

  @Override
  public void transform(double[] src, int srcOff, double[] dst, int dstOff, int numPoints) {
    checkBounds(src, srcOff, dst, dstOff, numPoints);
    run(src, srcOff, dst, dstOff, numPoints, 0);
  }

  @Override
  public void transformParallel(double[] src, int srcOff, double[] dst, int dstOff, int numPoints) {
    checkBounds(src, srcOff, dst, dstOff, numPoints);
    if (numPoints < 2 * BLOCK) {
      run(src, srcOff, dst, dstOff, numPoints, 0);
      return;
    }
    int blocks = (numPoints + BLOCK - 1) / BLOCK;
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            b -> {
              int first = b * BLOCK;
              int n = Math.min(BLOCK, numPoints - first);
              run(src, srcOff + 2 * first, dst, dstOff + 2 * first, n, first);
            });
  }

  private void run(double[] src, int srcOff, double[] dst, int dstOff, int n, int indexBase) {
    sourceArea.checkAll(src, srcOff, n, indexBase);
    if (steps.length == 0) {
      if (src != dst || srcOff != dstOff) {
        System.arraycopy(src, srcOff, dst, dstOff, 2 * n);
      }
    } else {
      steps[0].apply(src, srcOff, dst, dstOff, n);
      for (int k = 1; k < steps.length; k++) {
        steps[k].apply(dst, dstOff, dst, dstOff, n);
      }
    }
    if (targetArea != sourceArea) {
      checkTargets(dst, dstOff, n, indexBase);
    }
  }

  private void checkTargets(double[] dst, int dstOff, int n, int indexBase) {
    for (int i = 0; i < n; i++) {
      double x = dst[dstOff + 2 * i];
      double y = dst[dstOff + 2 * i + 1];
      if (!targetArea.contains(x, y)) {
        String what =
            "of point #" + (indexBase + i) + " after transforming from " + source().code();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
          throw new TransformFailedException(
              source().code(),
              target().code(),
              "point #" + (indexBase + i) + " gave " + x + ", " + y,
              null);
        }
        throw targetArea.outside(x, y, what);
      }
    }
  }

  private static void checkBounds(double[] src, int srcOff, double[] dst, int dstOff, int n) {
    Objects.checkFromIndexSize(srcOff, 2 * n, src.length);
    Objects.checkFromIndexSize(dstOff, 2 * n, dst.length);
  }

  @Override
  public Geometry transform(Geometry g) {
    int expected = source().epsgNumber().orElse(0);
    if (g.getSRID() != 0 && expected != 0 && g.getSRID() != expected) {
      throw new CrsException(
          "SRID_MISMATCH",
          "Geometry has SRID "
              + g.getSRID()
              + " but the transform expects "
              + source().code()
              + "; use the transform for its actual CRS",
          Map.of("srid", g.getSRID(), "crs", source().code()),
          null);
    }
    GeometryFactory f =
        new GeometryFactory(
            g.getPrecisionModel(),
            target().epsgNumber().orElse(0),
            g.getFactory().getCoordinateSequenceFactory());
    Geometry copy = f.createGeometry(g);
    copy.apply(new SequenceTransformer());
    copy.geometryChanged();
    return copy;
  }

  @Override
  public CoordinateTransform inverse() {
    PipelineTransform inv = inverse;
    if (inv == null) {
      List<TransformStep> reversed =
          IntStream.range(0, steps.length)
              .mapToObj(i -> steps[steps.length - 1 - i].inverse())
              .toList();
      inv = new PipelineTransform(targetArea, sourceArea, reversed);
      inv.inverse = this;
      inverse = inv;
    }
    return inv;
  }

  @Override
  public String toString() {
    return "CoordinateTransform[" + source().code() + " -> " + target().code() + "]";
  }

  /** Transforms each coordinate sequence in one bulk call, when JTS shows it its first point. */
  private final class SequenceTransformer implements CoordinateSequenceFilter {
    private int indexBase;

    @Override
    public void filter(CoordinateSequence seq, int i) {
      if (i != 0) {
        return;
      }
      int n = seq.size();
      double[] xy = new double[2 * n];
      for (int k = 0; k < n; k++) {
        xy[2 * k] = seq.getX(k);
        xy[2 * k + 1] = seq.getY(k);
      }
      run(xy, 0, xy, 0, n, indexBase);
      for (int k = 0; k < n; k++) {
        seq.setOrdinate(k, CoordinateSequence.X, xy[2 * k]);
        seq.setOrdinate(k, CoordinateSequence.Y, xy[2 * k + 1]);
      }
      indexBase += n;
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
