package cn.onemap.loaders;

import cn.onemap.core.GisException;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.loaders.geocode.AddressGeocoder;
import cn.onemap.loaders.geocode.GeocodedLocation;
import cn.onemap.loaders.pipeline.Row;
import cn.onemap.loaders.qc.IssueCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Locates rows that have an address but no coordinates through the {@link AddressGeocoder} hook,
 * expressing the result in the source CRS so the geometry stage treats it like any other row. A
 * no-op without a geocoder or an address column.
 */
final class GeocodeStage {
  private final Optional<AddressGeocoder> geocoder;
  private final Optional<String> addressColumn;
  private final String sourceCrs;
  private final CrsRegistry registry;
  private final GeometryFactory factory = new GeometryFactory();

  GeocodeStage(
      Optional<AddressGeocoder> geocoder,
      Optional<String> addressColumn,
      String sourceCrs,
      CrsRegistry registry) {
    this.geocoder = geocoder;
    this.addressColumn = addressColumn;
    this.sourceCrs = sourceCrs;
    this.registry = registry;
  }

  void process(List<Row> batch) {
    if (geocoder.isEmpty() || addressColumn.isEmpty()) {
      return;
    }
    for (Row row : batch) {
      if (row.rejected() || row.geometry().isPresent()) {
        continue;
      }
      Object address = row.record().values().get(addressColumn.get());
      if (address == null || address.toString().isBlank()) {
        continue;
      }
      Optional<GeocodedLocation> hit = geocoder.get().geocode(address.toString().strip());
      if (hit.isEmpty()) {
        row.reject(
            IssueCode.MISSING_GEOMETRY,
            "no coordinates, and the address '" + address + "' was not matched");
        continue;
      }
      GeocodedLocation l = hit.get();
      try {
        double[] xy = registry.transform(l.crs(), sourceCrs).transform(l.x(), l.y());
        row.geometry(factory.createPoint(new Coordinate(xy[0], xy[1])));
        row.warn(
            IssueCode.GEOCODED,
            String.format(
                Locale.ROOT,
                "located from the address as '%s' (score %.2f)",
                l.matchedAddress(),
                l.score()));
      } catch (GisException e) {
        row.reject(IssueCode.TRANSFORM_FAILED, "geocoded location: " + e.getMessage());
      }
    }
  }
}
