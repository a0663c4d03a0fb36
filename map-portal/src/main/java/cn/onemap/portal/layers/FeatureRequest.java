package cn.onemap.portal.layers;

import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.SortKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parses and checks the query parameters of the features endpoint. */
final class FeatureRequest {
  private FeatureRequest() {}

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
