package cn.onemap.workflow.cases;

import cn.onemap.core.crs.Measurements;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.util.Optional;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The city part (layer {@value #LAYER}, GB/T 30428.2) of one class nearest a reported point, within
 * a radius: the part a 部件 case is about, and through its owner department the default of the
 * dispatch.
 */
final class NearestPart {
  static final String LAYER = "city_parts";
  private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();
  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);

  /** Metres per degree of latitude, for the search box only (distances are geodesic). */
  private static final double METRES_PER_DEGREE = 111_000;

  /** A part found: its identifier, name, owner department code and distance in metres. */
  record Found(String objId, String name, Optional<String> department, double metres) {}

  private NearestPart() {}

  static Optional<Found> find(
      FeatureStore store, String minorCode, double lon, double lat, double radiusMetres) {
    if (store.layer(LAYER).isEmpty()) {
      return Optional.empty();
    }
    double dLat = radiusMetres / METRES_PER_DEGREE;
    double dLon = dLat / Math.max(0.2, Math.cos(Math.toRadians(lat)));
    Point at = GEOMETRY.createPoint(new Coordinate(lon, lat));
    var query =
        FeatureQuery.layer(LAYER)
            .bbox(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat))
            .filter(FILTERS.equals(FILTERS.property("minor_code"), FILTERS.literal(minorCode)))
            .limit(500)
            .build();
    Found best = null;
    try (FeatureCursor cursor = store.query(query)) {
      while (cursor.hasNext()) {
        Feature f = cursor.next();
        if (f.geometry().isEmpty()) {
          continue;
        }
        double metres = Measurements.distance(at, f.geometry().get());
        if (metres <= radiusMetres && (best == null || metres < best.metres())) {
          Object dept = f.attribute("dept_code");
          best =
              new Found(
                  String.valueOf(f.attribute("obj_id") == null ? f.id() : f.attribute("obj_id")),
                  String.valueOf(f.attribute("obj_name")),
                  Optional.ofNullable(dept).map(Object::toString).filter(d -> !d.isBlank()),
                  metres);
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
