package cn.onemap.tiles.seed;

import cn.onemap.core.crs.Transforms;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.render.RenderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Where a seeding, truncation or export applies: a polygon (or box) in CGCS2000. Tiles are taken
 * when they intersect it in the tile matrix set's CRS.
 */
public final class TileArea {
  /** More tiles than this in one job is refused: a typo at level 20 must not queue billions. */
  public static final long MAX_TILES = 50_000_000L;

  private final Geometry geometry;

  private TileArea(Geometry geometry) {
    this.geometry = Objects.requireNonNull(geometry, "geometry");
    if (geometry.isEmpty()) {
      throw new IllegalArgumentException("the area is empty");
    }
  }

  public static TileArea of(Geometry cgcs2000) {
    return new TileArea(cgcs2000);
  }

  public static TileArea bbox(Envelope cgcs2000) {
    return new TileArea(new GeometryFactory().toGeometry(cgcs2000));
  }

  /** A WKT polygon in CGCS2000 (lon/lat). */
  public static TileArea wkt(String wkt) {
    try {
      return new TileArea(new WKTReader().read(wkt));
    } catch (ParseException e) {
      throw new IllegalArgumentException("area WKT cannot be read: " + e.getMessage(), e);
    }
  }

  /** The outline of a unit grid (单元网格) of the grid layer, whose feature id is its code. */
  public static TileArea unitGrid(FeatureStore store, String gridLayer, String code) {
    return new TileArea(
        store
            .get(gridLayer, code)
            .flatMap(f -> f.geometry())
            .orElseThrow(
                () -> new IllegalArgumentException("no unit grid '" + code + "' in " + gridLayer)));
  }

  public Geometry geometry() {
    return geometry;
  }

  /** The area in a tile matrix set's CRS. */
  Geometry in(TileMatrixSet set) {
    String crs = set.crs();
    if (crs.equals(RenderRequest.DEFAULT_CRS) || crs.equals("EPSG:4326")) {
      return geometry;
    }
    var t = Transforms.get(RenderRequest.DEFAULT_CRS, crs);
    Geometry g = geometry.copy();
    g.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            double[] p = t.transform(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, 0, p[0]);
            seq.setOrdinate(i, 1, p[1]);
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
    return g;
  }

  /** The blocks of tiles of a level the area's envelope covers. */
  TileRange covering(TileMatrix m, Geometry inSet) {
    return m.tilesCovering(inSet.getEnvelopeInternal());
  }

  /**
   * Visits the metatiles (blocks of {@code factor}² tiles, clipped) of a level that intersect the
   * area, in row then column order.
   */
  void metatiles(TileMatrix m, Geometry inSet, int factor, Consumer<TileRange> visit) {
    TileRange all = covering(m, inSet);
    if (all.isEmpty()) {
      return;
    }
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(inSet);
    boolean box = inSet.isRectangle();
    GeometryFactory gf = inSet.getFactory();
    long r0 = Math.floorDiv(all.minRow(), factor) * factor;
    long c0 = Math.floorDiv(all.minCol(), factor) * factor;
    for (long r = r0; r <= all.maxRow(); r += factor) {
      for (long c = c0; c <= all.maxCol(); c += factor) {
        TileRange meta = m.metatile(r, c, factor);
        TileRange clipped =
            new TileRange(
                Math.max(meta.minRow(), all.minRow()),
                Math.min(meta.maxRow(), all.maxRow()),
                Math.max(meta.minCol(), all.minCol()),
                Math.min(meta.maxCol(), all.maxCol()));
        if (clipped.isEmpty()) {
          continue;
        }
        if (box || prepared.intersects(gf.toGeometry(m.blockEnvelope(clipped)))) {
          visit.accept(clipped);
        }
      }
    }
  }

  /** The tiles of a level that intersect the area, row by row. */
  List<long[]> tiles(TileMatrix m, Geometry inSet) {
    List<long[]> out = new ArrayList<>();
    metatiles(
        m,
        inSet,
        16,
        block -> {
          boolean box = inSet.isRectangle();
          PreparedGeometry p = box ? null : PreparedGeometryFactory.prepare(inSet);
          for (long r = block.minRow(); r <= block.maxRow(); r++) {
            for (long c = block.minCol(); c <= block.maxCol(); c++) {
              if (box || p.intersects(inSet.getFactory().toGeometry(m.tileEnvelope(r, c)))) {
                out.add(new long[] {r, c});
              }
            }
          }
        });
    return out;
  }

  /** How many tiles of the levels the area's envelope covers (an upper bound). */
  long estimate(TileMatrixSet set, List<TileMatrix> levels) {
    Geometry g = in(set);
    long n = 0;
    for (TileMatrix m : levels) {
      n += covering(m, g).count();
    }
    return n;
  }

  static Coordinate centre(Geometry g) {
    return g.getEnvelopeInternal().centre();
  }
}
