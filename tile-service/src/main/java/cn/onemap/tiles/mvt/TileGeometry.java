package cn.onemap.tiles.mvt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A geometry in the tile's CRS taken to tile units, the way PostGIS's {@code ST_AsMVTGeom} (with
 * wagyu) does: simplified (topology preserving, as {@code ST_SimplifyPreserveTopology}), moved to
 * the {@code extent × extent} grid with y down, snapped to integers, then cut at the buffer's edge
 * with snap rounding (points: kept when they snap onto the edge). Lines and polygons smaller than
 * half a unit in both directions, and anything that collapses, are dropped; a cut never changes the
 * geometry's dimension (a polygon touching the edge yields no stray line).
 */
final class TileGeometry {
  private static final GeometryFactory GRID = new GeometryFactory(new PrecisionModel(1.0));

  private final Envelope bounds;
  private final Geometry preClip;
  private final Geometry tileBox;
  private final Envelope pointBox;
  private final AffineTransformation toTile;
  private final double halfUnit;
  private final double tolerance;

  /**
   * @param bounds the tile's envelope in its CRS
   * @param tolerance simplification tolerance in CRS units (0: none)
   */
  TileGeometry(Envelope bounds, int extent, int buffer, double tolerance) {
    this.bounds = bounds;
    this.tolerance = tolerance;
    double sx = extent / bounds.getWidth();
    double sy = extent / bounds.getHeight();
    this.preClip = new GeometryFactory().toGeometry(grow(bounds, 2 * buffer / sx, 2 * buffer / sy));
    this.tileBox =
        GRID.toGeometry(new Envelope(-buffer, extent + buffer, -buffer, extent + buffer));
    // Points, as ST_AsMVTGeom keeps them: those that snap onto the buffer's edge too (half a unit
    // more, a hair less so that none snaps beyond it). Lines and polygons are cut at the edge.
    double reach = buffer + 0.5 - 1e-6;
    this.pointBox = grow(bounds, reach / sx, reach / sy);
    this.toTile =
        new AffineTransformation(sx, 0, -bounds.getMinX() * sx, 0, -sy, bounds.getMaxY() * sy);
    this.halfUnit = Math.min(1 / sx, 1 / sy) / 2;
  }

  /** The tile-unit geometry, or empty when nothing of it is left in the tile. */
  Optional<Geometry> toTile(Geometry g) {
    if (g == null || g.isEmpty()) {
      return Optional.empty();
    }
    int dimension = g.getDimension();
    Envelope e = g.getEnvelopeInternal();
    if (dimension > 0 && e.getWidth() < halfUnit && e.getHeight() < halfUnit) {
      return Optional.empty();
    }
    Geometry s =
        dimension > 0 && tolerance > 0 ? TopologyPreservingSimplifier.simplify(g, tolerance) : g;
    Geometry snapped;
    if (dimension == 0) {
      Geometry kept = clipPoints(s);
      if (kept.isEmpty()) {
        return Optional.empty();
      }
      snapped = GeometryPrecisionReducer.reduce(toTile.transform(kept), GRID.getPrecisionModel());
    } else {
      // As PostGIS (wagyu) does: snap to the grid, then cut at the integer buffer edge with snap
      // rounding. A wider cut in the CRS first only bounds the work for large geometries; it
      // leaves everything near the tile as it is.
      Geometry near =
          preClip.getEnvelopeInternal().contains(s.getEnvelopeInternal())
              ? s
              : sameDimension(
                  OverlayNGRobust.overlay(s, preClip, OverlayNG.INTERSECTION), dimension);
      if (near.isEmpty()) {
        return Optional.empty();
      }
      Geometry grid =
          GeometryPrecisionReducer.reduce(toTile.transform(near), GRID.getPrecisionModel());
      grid = sameDimension(grid, dimension);
      if (grid.isEmpty()) {
        return Optional.empty();
      }
      snapped =
          tileBox.getEnvelopeInternal().contains(grid.getEnvelopeInternal())
              ? grid
              : OverlayNG.overlay(grid, tileBox, OverlayNG.INTERSECTION, GRID.getPrecisionModel());
    }
    snapped = sameDimension(snapped, dimension);
    if (snapped.isEmpty()
        || (dimension == 1 && snapped.getLength() == 0)
        || (dimension == 2 && snapped.getArea() == 0)) {
      return Optional.empty();
    }
    return Optional.of(snapped);
  }

  private static Envelope grow(Envelope e, double dx, double dy) {
    return new Envelope(e.getMinX() - dx, e.getMaxX() + dx, e.getMinY() - dy, e.getMaxY() + dy);
  }

  private Geometry clipPoints(Geometry g) {
    Envelope box = pointBox;
    var kept = new ArrayList<org.locationtech.jts.geom.Point>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      var p = (org.locationtech.jts.geom.Point) g.getGeometryN(i);
      if (!p.isEmpty() && box.contains(p.getCoordinate())) {
        kept.add(p);
      }
    }
    if (kept.size() == g.getNumGeometries()) {
      return g;
    }
    return kept.size() == 1
        ? kept.get(0)
        : g.getFactory().createMultiPoint(kept.toArray(org.locationtech.jts.geom.Point[]::new));
  }

  /** The parts of {@code g} of the given dimension, as one (multi) geometry of that type. */
  static Geometry sameDimension(Geometry g, int dimension) {
    boolean matches =
        switch (dimension) {
          case 0 -> g instanceof Puntal;
          case 1 -> g instanceof Lineal;
          default -> g instanceof Polygonal;
        };
    if (matches) {
      return g;
    }
    List<Geometry> parts = new ArrayList<>();
    collect(g, dimension, parts);
    GeometryFactory f = g.getFactory();
    if (parts.isEmpty()) {
      return f.createGeometryCollection();
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return switch (dimension) {
      case 0 -> f.createMultiPoint(parts.toArray(org.locationtech.jts.geom.Point[]::new));
      case 1 -> f.createMultiLineString(parts.toArray(org.locationtech.jts.geom.LineString[]::new));
      default -> f.createMultiPolygon(parts.toArray(org.locationtech.jts.geom.Polygon[]::new));
    };
  }

  private static void collect(Geometry g, int dimension, List<Geometry> out) {
    if (g.getNumGeometries() > 1 || g instanceof org.locationtech.jts.geom.GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        collect(g.getGeometryN(i), dimension, out);
      }
    } else if (!g.isEmpty() && g.getDimension() == dimension) {
      out.add(g);
    }
  }

  Envelope bounds() {
    return bounds;
  }
}
