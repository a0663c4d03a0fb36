package cn.onemap.loaders.pipeline;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.AreaOfUse;
import cn.onemap.core.crs.CoordinateTransform;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.OutsideAreaOfUseException;
import cn.onemap.core.geom.GeometryValidator;
import cn.onemap.core.geom.InvalidGeometryException;
import cn.onemap.core.store.FeatureRules;
import cn.onemap.loaders.qc.IssueCode;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Takes a batch of rows' geometries from the source CRS to stored CGCS2000: area-of-use check in
 * the source CRS (swapped axes detected and, if asked, swapped back), one bulk transform for the
 * whole batch (one call instead of one per feature), then the store's own checks ({@link
 * FeatureRules#geometry}), with a safe repair of invalid geometries when asked. A row failing any
 * step is rejected with the reason; nothing here throws for bad data.
 */
public final class GeometryStage {
  private final AreaOfUse sourceArea;
  private final CoordinateTransform transform;
  private final FeatureRules rules;
  private final boolean fixSwappedAxes;
  private final boolean repair;
  private double[] buffer = new double[4096];

  /**
   * @param sourceCrs canonical code of the source's coordinates
   * @param datumShift the named datum-shift set for Xian 1980 / Beijing 1954 / local grids
   */
  public GeometryStage(
      CrsRegistry registry,
      String sourceCrs,
      Optional<String> datumShift,
      LayerDefinition layer,
      boolean fixSwappedAxes,
      boolean repair) {
    String target = "EPSG:" + LayerDefinition.STORAGE_SRID;
    this.sourceArea = registry.areaOfUse(sourceCrs);
    this.transform =
        datumShift.isPresent()
            ? registry.transform(sourceCrs, target, datumShift.get())
            : registry.transform(sourceCrs, target);
    this.rules = new FeatureRules(layer);
    this.fixSwappedAxes = fixSwappedAxes;
    this.repair = repair;
  }

  /** Processes the geometries of every row of the batch not yet rejected. */
  public void process(List<Row> batch) {
    int coordinates = 0;
    for (Row row : batch) {
      if (!row.rejected() && row.geometry().isPresent()) {
        checkSourceArea(row);
        if (!row.rejected()) {
          coordinates += row.geometry().get().getNumPoints();
        }
      }
    }
    if (!transform.isIdentity() && coordinates > 0) {
      transformBatch(batch, coordinates);
    }
    for (Row row : batch) {
      if (!row.rejected() && row.geometry().isPresent()) {
        check(row);
      }
    }
  }

  private void checkSourceArea(Row row) {
    Geometry g = row.geometry().get();
    Envelope e = g.getEnvelopeInternal();
    if (sourceArea.contains(e)) {
      return;
    }
    if (!Double.isFinite(e.getMinX() + e.getMaxX() + e.getMinY() + e.getMaxY())) {
      row.reject(IssueCode.INVALID_GEOMETRY, "geometry has a non-finite coordinate");
      return;
    }
    if (sourceArea.detectSwappedAxes(e)) {
      String crs = sourceArea.crs().code();
      if (fixSwappedAxes) {
        Geometry swapped = g.copy();
        swapped.apply(SWAP);
        row.geometry(swapped);
        row.warn(
            IssueCode.SWAPPED_AXES_FIXED,
            "x and y were swapped for "
                + crs
                + "; exchanged back (first point now "
                + swapped.getCoordinate()
                + ")");
      } else {
        row.reject(
            IssueCode.SWAPPED_AXES,
            "coordinates "
                + g.getCoordinate()
                + " look like y/x (latitude first) for "
                + crs
                + "; expected x = east/longitude; import with fixSwappedAxes to exchange them");
      }
      return;
    }
    try {
      sourceArea.assertWithin(e);
    } catch (OutsideAreaOfUseException ex) {
      row.reject(IssueCode.OUT_OF_EXTENT, ex.getMessage());
    }
  }

  private void transformBatch(List<Row> batch, int coordinates) {
    if (buffer.length < coordinates * 2) {
      buffer = new double[Math.max(coordinates * 2, buffer.length * 2)];
    }
    int n = 0;
    for (Row row : batch) {
      if (!row.rejected() && row.geometry().isPresent()) {
        n = gather(row.geometry().get(), buffer, n);
      }
    }
    try {
      transform.transform(buffer, 0, buffer, 0, n / 2);
    } catch (GisException e) {
      transformOneByOne(batch); // find the culprit rows; the others still go through
      return;
    }
    int at = 0;
    for (Row row : batch) {
      if (!row.rejected() && row.geometry().isPresent()) {
        Geometry g = row.geometry().get();
        at = scatter(g, buffer, at);
        g.setSRID(LayerDefinition.STORAGE_SRID);
      }
    }
  }

  private void transformOneByOne(List<Row> batch) {
    for (Row row : batch) {
      if (!row.rejected() && row.geometry().isPresent()) {
        Geometry g = row.geometry().get();
        g.setSRID(0);
        try {
          row.geometry(transform.transform(g));
        } catch (GisException e) {
          row.reject(IssueCode.TRANSFORM_FAILED, e.getMessage());
        }
      }
    }
  }

  /** The store's checks, with a safe repair of invalid geometry when asked. */
  private void check(Row row) {
    Geometry g = row.geometry().get();
    if (g.getSRID() != LayerDefinition.STORAGE_SRID) {
      g.setSRID(LayerDefinition.STORAGE_SRID); // identity transform: already CGCS2000-equivalent
    }
    try {
      row.geometry(rules.geometry(g));
    } catch (InvalidGeometryException e) {
      if (repair && !g.isEmpty() && !new IsValidOp(g).isValid()) {
        repairAndCheck(row, g);
      } else {
        IssueCode code =
            "wrong geometry type".equals(e.details().get("reason"))
                ? IssueCode.WRONG_GEOMETRY_TYPE
                : IssueCode.INVALID_GEOMETRY;
        row.reject(code, e.getMessage());
      }
    } catch (OutsideAreaOfUseException e) {
      row.reject(IssueCode.OUT_OF_EXTENT, e.getMessage());
    } catch (GisException e) {
      row.reject(IssueCode.INVALID_GEOMETRY, e.getMessage());
    }
  }

  private void repairAndCheck(Row row, Geometry g) {
    try {
      GeometryValidator.Repair r = GeometryValidator.repair(g);
      Geometry fixed = rules.geometry(r.geometry());
      row.geometry(fixed);
      row.warn(
          IssueCode.GEOMETRY_REPAIRED,
          "repaired "
              + g.getGeometryType()
              + " ("
              + r.problem()
              + "): now "
              + fixed.getGeometryType()
              + " of "
              + fixed.getNumPoints()
              + " points, area "
              + String.format("%.3g", fixed.getArea())
              + " deg²");
    } catch (InvalidGeometryException e) {
      IssueCode code =
          "wrong geometry type".equals(e.details().get("reason"))
              ? IssueCode.WRONG_GEOMETRY_TYPE
              : IssueCode.INVALID_GEOMETRY;
      row.reject(code, "cannot be repaired safely: " + e.getMessage());
    } catch (GisException e) {
      row.reject(IssueCode.INVALID_GEOMETRY, "cannot be repaired safely: " + e.getMessage());
    }
  }

  private static int gather(Geometry g, double[] buf, int start) {
    int[] at = {start};
    g.apply(
        new ReadOnly() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            buf[at[0]++] = seq.getX(i);
            buf[at[0]++] = seq.getY(i);
          }
        });
    return at[0];
  }

  private static int scatter(Geometry g, double[] buf, int start) {
    int[] at = {start};
    g.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, 0, buf[at[0]++]);
            seq.setOrdinate(i, 1, buf[at[0]++]);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return at[0];
  }

  private abstract static class ReadOnly implements CoordinateSequenceFilter {
    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return false;
    }
  }

  private static final CoordinateSequenceFilter SWAP =
      new CoordinateSequenceFilter() {
        @Override
        public void filter(CoordinateSequence seq, int i) {
          double x = seq.getX(i);
          seq.setOrdinate(i, 0, seq.getY(i));
          seq.setOrdinate(i, 1, x);
        }

        @Override
        public boolean isDone() {
          return false;
        }

        @Override
        public boolean isGeometryChanged() {
          return true;
        }
      };
}
