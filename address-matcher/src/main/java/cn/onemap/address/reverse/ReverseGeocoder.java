package cn.onemap.address.reverse;

import cn.onemap.address.AddressException;
import cn.onemap.address.MatchLevel;
import cn.onemap.address.Position;
import cn.onemap.address.index.AddressRegistry;
import cn.onemap.core.crs.Measurements;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Reverse geocoding: the door plates, compounds and buildings of the registry nearest a point
 * (units and rooms share their building's point and are left out), and the admin units and unit
 * grid whose polygons contain it, read from the store through its spatial index.
 */
public final class ReverseGeocoder {
  private static final GeometryFactory GF = new GeometryFactory();
  private final AddressRegistry reg;
  private final FeatureStore store;
  private final PointGrid grid;
  private final List<String[]> polygonLayers; // kind, layer, code attribute, name attribute

  public ReverseGeocoder(
      AddressRegistry registry,
      FeatureStore store,
      String districtLayer,
      String townLayer,
      String communityLayer,
      String gridLayer) {
    this.reg = registry;
    this.store = store;
    boolean[] keep = new boolean[registry.size()];
    double[] x = new double[registry.size()];
    double[] y = new double[registry.size()];
    for (int i = 0; i < keep.length; i++) {
      keep[i] = registry.level(i) <= AddressRegistry.BUILDING;
      x[i] = registry.x(i);
      y[i] = registry.y(i);
    }
    this.grid = new PointGrid(x, y, keep);
    var layers = new ArrayList<String[]>();
    addIfPresent(layers, "county", districtLayer, "code", "name");
    addIfPresent(layers, "town", townLayer, "code", "name");
    addIfPresent(layers, "community", communityLayer, "code", "name");
    addIfPresent(layers, "grid", gridLayer, "bgid", "community_name");
    this.polygonLayers = layers;
  }

  private void addIfPresent(
      List<String[]> layers, String kind, String layer, String code, String name) {
    if (layer != null && store.layer(layer).isPresent()) {
      layers.add(new String[] {kind, layer, code, name});
    }
  }

  public ReverseResult reverse(
      double lon, double lat, double radiusMetres, int limit, int maxLimit, double maxRadius) {
    if (!Double.isFinite(lon)
        || !Double.isFinite(lat)
        || lon < -180
        || lon > 180
        || lat < -90
        || lat > 90) {
      throw new AddressException(
          "INVALID_POSITION",
          "x must be a longitude in [-180, 180] and y a latitude in [-90, 90] (CGCS2000), got "
              + lon
              + ", "
              + lat,
          Map.of("x", String.valueOf(lon), "y", String.valueOf(lat)));
    }
    if (!(radiusMetres > 0 && radiusMetres <= maxRadius)) {
      throw new AddressException(
          "INVALID_RADIUS",
          "radius must be in (0, " + (int) maxRadius + "] metres, got " + radiusMetres,
          Map.of("radius", String.valueOf(radiusMetres), "max", maxRadius));
    }
    if (limit < 1 || limit > maxLimit) {
      throw new AddressException(
          "INVALID_LIMIT",
          "limit must be 1–" + maxLimit + ", got " + limit,
          Map.of("limit", limit, "max", maxLimit));
    }
    double[][] dist = new double[1][];
    int[] found = grid.within(lon, lat, radiusMetres, dist);
    Integer[] order = new Integer[found.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    double[] d = dist[0];
    Arrays.sort(
        order, Comparator.comparingDouble((Integer k) -> d[k]).thenComparing(k -> found[k]));
    Point at = GF.createPoint(new Coordinate(lon, lat));
    var nearest = new ArrayList<NearbyAddress>();
    for (int k = 0; k < Math.min(limit, order.length); k++) {
      int i = found[order[k]];
      double metres = Measurements.distance(at, GF.createPoint(new Coordinate(reg.x(i), reg.y(i))));
      MatchLevel level =
          reg.level(i) == AddressRegistry.BUILDING ? MatchLevel.BUILDING : MatchLevel.DOOR;
      nearest.add(new NearbyAddress(reg.code(i), reg.text(i), reg.position(i), level, metres));
    }
    nearest.sort(Comparator.comparingDouble(NearbyAddress::distanceMetres));
    return new ReverseResult(new Position(lon, lat), radiusMetres, nearest, containing(at));
  }

  private List<ContainingUnit> containing(Point at) {
    var out = new ArrayList<ContainingUnit>();
    double e = 1e-9;
    for (String[] l : polygonLayers) {
      FeatureQuery q =
          FeatureQuery.layer(l[1])
              .bbox(at.getX() - e, at.getY() - e, at.getX() + e, at.getY() + e)
              .build();
      try (FeatureCursor c = store.query(q)) {
        while (c.hasNext()) {
          Feature f = c.next();
          if (f.geometry().isPresent() && f.geometry().get().covers(at)) {
            Object code = f.attribute(l[2]);
            Object name = f.attribute(l[3]);
            out.add(
                new ContainingUnit(
                    l[0],
                    code == null ? f.id() : code.toString(),
                    name == null ? (code == null ? f.id() : code.toString()) : name.toString()));
            break;
          }
        }
      }
    }
    return out;
  }
}
