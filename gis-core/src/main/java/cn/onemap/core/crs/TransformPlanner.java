package cn.onemap.core.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.MathTransformFactory;
import org.geotools.referencing.ReferencingFactoryFinder;

/**
 * Builds the step list of a transform. Within one datum family of EPSG systems it is a single
 * GeoTools MathTransform. Otherwise both sides are taken to a hub — CGCS2000 longitude/latitude,
 * which WGS 84 is treated as equal to — and joined: source → hub → target, where reaching the hub
 * may take a GeoTools (un)projection, the GCJ-02/BD-09 inverse offsets, or a configured datum shift
 * (7-parameter on geocentric XYZ, or 4-parameter in the plane between two projected grids).
 * Adjacent GeoTools steps are concatenated into one MathTransform, so e.g. EPSG:4548 → EPSG:3857 is
 * one GeoTools call per block.
 */
final class TransformPlanner {
  private final CrsRegistry registry;

  TransformPlanner(CrsRegistry registry) {
    this.registry = registry;
  }

  /** True when the transform between the two needs no datum step at all. */
  static boolean sameDatum(CrsInfo from, CrsInfo to) {
    return from.code().equals(to.code())
        || (from.datum() == to.datum()
            && !from.datum().isOffset()
            && from.datum() != DatumFamily.LOCAL);
  }

  List<TransformStep> plan(
      CrsInfo from, CrsInfo to, Optional<DatumShift> fromShift, Optional<DatumShift> toShift) {
    if (from.code().equals(to.code())) {
      return List.of();
    }
    if (sameDatum(from, to)) {
      return merge(List.of(geoTools(from.code(), to.code())));
    }
    List<TransformStep> steps = new ArrayList<>(toHub(from, fromShift));
    List<TransformStep> back = toHub(to, toShift);
    for (int i = back.size() - 1; i >= 0; i--) {
      steps.add(back.get(i).inverse());
    }
    return merge(steps);
  }

  /** Steps from {@code crs} to CGCS2000 lon/lat. */
  private List<TransformStep> toHub(CrsInfo crs, Optional<DatumShift> shift) {
    List<TransformStep> steps = new ArrayList<>();
    switch (crs.datum()) {
      case CGCS2000, WGS84 -> {
        if (!crs.isGeographic()) {
          steps.add(geoTools(crs.code(), geographicOf(crs.datum())));
        }
      }
      case GCJ02 -> steps.add(OffsetStep.GCJ02_TO_WGS84);
      case BD09 -> {
        steps.add(OffsetStep.BD09_TO_GCJ02);
        steps.add(OffsetStep.GCJ02_TO_WGS84);
      }
      case XIAN80, BEIJING54, LOCAL -> {
        DatumShift s = shift.orElseThrow(() -> new IllegalStateException("no shift selected"));
        if (s instanceof DatumShift.SevenParameter seven) {
          if (!crs.isGeographic()) {
            steps.add(geoTools(crs.code(), geographicOf(crs.datum())));
          }
          steps.add(BursaWolfStep.toCgcs2000(seven.source(), seven.parameters()));
        } else if (s instanceof DatumShift.FourParameter four) {
          if (!crs.code().equals(four.sourceCrs())) {
            steps.add(geoTools(crs.code(), four.sourceCrs()));
          }
          steps.add(SimilarityStep.of(four.parameters()));
          steps.add(geoTools(four.targetCrs(), "EPSG:4490"));
        }
      }
    }
    return steps;
  }

  static String geographicOf(DatumFamily datum) {
    return switch (datum) {
      case CGCS2000 -> "EPSG:4490";
      case WGS84 -> "EPSG:4326";
      case XIAN80 -> "EPSG:4610";
      case BEIJING54 -> "EPSG:4214";
      default -> throw new IllegalArgumentException(datum + " has no EPSG geographic CRS");
    };
  }

  private GeoToolsStep geoTools(String from, String to) {
    return new GeoToolsStep(from, to, registry.mathTransform(from, to));
  }

  /**
   * Concatenates runs of GeoTools steps and drops steps that cancel out (e.g. BD-09 → GCJ-02 must
   * not detour through WGS 84 and back, which would cost an iterative inverse).
   */
  private static List<TransformStep> merge(List<TransformStep> steps) {
    MathTransformFactory factory = ReferencingFactoryFinder.getMathTransformFactory(null);
    List<TransformStep> out = new ArrayList<>();
    for (TransformStep s : steps) {
      if (!out.isEmpty()
          && s instanceof OffsetStep offset
          && out.get(out.size() - 1) == offset.inverse()) {
        out.remove(out.size() - 1);
        continue;
      }
      if (!out.isEmpty()
          && out.get(out.size() - 1) instanceof GeoToolsStep a
          && s instanceof GeoToolsStep b) {
        out.remove(out.size() - 1);
        try {
          MathTransform joined = factory.createConcatenatedTransform(a.math(), b.math());
          s = new GeoToolsStep(a.from(), b.to(), joined);
        } catch (FactoryException e) {
          throw new TransformFailedException(a.from(), b.to(), e.getMessage(), e);
        }
      }
      out.add(s);
    }
    out.removeIf(s -> s instanceof GeoToolsStep g && g.math().isIdentity());
    return List.copyOf(out);
  }
}
