package cn.onemap.portal.layers;

import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.filter.Filters;
import cn.onemap.core.filter.LayerProperties;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.SortKey;
import cn.onemap.ogc.export.ExportFormat;
import cn.onemap.ogc.gml.AxisConvention;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.ows.ServiceException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.filter.expression.PropertyName;
import org.geotools.api.filter.identity.FeatureId;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.filter.visitor.DefaultFilterVisitor;

/** Parses and checks the query parameters of the features endpoint. */
final class FeatureRequest {
  private FeatureRequest() {}

  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  static FeatureQuery.Builder query(
      String layerId, String bbox, String filter, String asOf, String sortBy) {
    FeatureQuery.Builder q = FeatureQuery.layer(layerId);
    if (bbox != null && !bbox.isBlank()) {
      double[] b = bbox(bbox);
      q.bbox(b[0], b[1], b[2], b[3]);
    }
    if (filter != null && !filter.isBlank()) {
      q.ecql(filter);
    }
    if (asOf != null && !asOf.isBlank()) {
      q.asOf(instant(asOf));
    }
    if (sortBy != null && !sortBy.isBlank()) {
      for (String key : sortBy.split(",")) {
        String k = key.strip();
        q.sortBy(
            k.startsWith("-") ? SortKey.desc(k.substring(1)) : SortKey.asc(k.replace("+", "")));
      }
    }
    return q;
  }

  /**
   * The query of the features endpoint with a selection: {@code ids} (comma-separated feature ids)
   * and-ed with the ECQL {@code filter}.
   */
  static FeatureQuery.Builder query(
      LayerDefinition layer, String bbox, String filter, String asOf, String sortBy, String ids) {
    requireVisibleNames(layer, filter, sortBy);
    if (ids == null || ids.isBlank()) {
      return query(layer.id(), bbox, filter, asOf, sortBy);
    }
    FeatureQuery.Builder q = query(layer.id(), bbox, null, asOf, sortBy);
    Set<FeatureId> fids = new LinkedHashSet<>();
    for (String id : ids.split(",")) {
      if (!id.isBlank()) {
        fids.add(FF.featureId(id.strip()));
      }
    }
    if (fids.size() > 10_000) {
      throw new IllegalArgumentException("ids names more than 10000 features");
    }
    Filter byId = FF.id(fids);
    q.filter(filter == null || filter.isBlank() ? byId : FF.and(Filters.parseEcql(filter), byId));
    return q;
  }

  /**
   * The filter and sort keys may name only attributes of {@code layer} as the caller sees it (an
   * attribute hidden from it must not be probed by filtering or ordering on it): any other name is
   * an unknown property (400), exactly as a name the layer does not have.
   */
  static void requireVisibleNames(LayerDefinition layer, String filter, String sortBy) {
    LayerProperties properties = LayerProperties.of(layer);
    if (filter != null && !filter.isBlank()) {
      Filters.parseEcql(filter)
          .accept(
              new DefaultFilterVisitor() {
                @Override
                public Object visit(PropertyName expression, Object data) {
                  properties.resolve(expression.getPropertyName());
                  return data;
                }
              },
              null);
    }
    if (sortBy != null && !sortBy.isBlank()) {
      for (String key : sortBy.split(",")) {
        String k = key.strip().replaceFirst("^[-+]", "");
        if (!k.isEmpty()) {
          properties.resolve(k);
        }
      }
    }
  }

  /** {@code properties}: attribute names of the layer, comma-separated; empty for all. */
  static Optional<List<String>> properties(LayerDefinition layer, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (String n : text.split(",")) {
      String name = n.strip();
      if (layer.attribute(name).isEmpty()) {
        throw new IllegalArgumentException(
            "properties: layer " + layer.id() + " has no attribute '" + name + "'");
      }
      names.add(name);
    }
    return Optional.of(names);
  }

  /**
   * {@code crs}: EPSG:n (or a URN / URI) of a CRS the platform transforms to; coordinates are
   * always x = east (longitude, easting) first. Default EPSG:4490.
   */
  static WireCrs crs(String text) {
    if (text == null || text.isBlank()) {
      return WireCrs.storage().eastFirst();
    }
    try {
      return WireCrs.parse(text, AxisConvention.XY, "crs");
    } catch (ServiceException e) {
      throw new IllegalArgumentException("crs: " + e.getMessage());
    }
  }

  /**
   * The download format: {@code f} (csv, geojson, kml, gpkg, shp), else an Accept header naming a
   * download media type; empty for the paged GeoJSON response.
   */
  static Optional<ExportFormat> export(String f, String accept) {
    if (f != null && !f.isBlank()) {
      return Optional.of(
          ExportFormat.parse(f)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "f must be csv, geojson, kml, gpkg or shp, not '" + f + "'")));
    }
    return accept == null ? Optional.empty() : ExportFormat.fromAccept(accept);
  }

  /** minLon,minLat,maxLon,maxLat in CGCS2000 degrees. */
  static double[] bbox(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "bbox must be minLon,minLat,maxLon,maxLat (4 numbers), got '" + text + "'");
    }
    double[] b = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        b[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox value '" + parts[i] + "' is not a number");
      }
      if (!Double.isFinite(b[i])) {
        throw new IllegalArgumentException("bbox values must be finite");
      }
    }
    if (b[0] > b[2] || b[1] > b[3]) {
      throw new IllegalArgumentException("bbox minimum exceeds maximum: '" + text + "'");
    }
    if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90) {
      throw new IllegalArgumentException(
          "bbox '" + text + "' is not in longitude/latitude degrees (EPSG:4490)");
    }
    return b;
  }

  static Instant instant(String text) {
    try {
      return AttributeValues.parseInstant(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "asOf '"
              + text
              + "' is not an ISO-8601 date or time such as 2025-06-01 or 2025-06-01T08:00:00+08:00");
    }
  }
}
