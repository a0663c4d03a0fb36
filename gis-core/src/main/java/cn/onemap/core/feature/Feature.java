package cn.onemap.core.feature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One version of a feature as read from the store.
 *
 * @param id stable feature id, the same across all versions
 * @param geometry geometry in CGCS2000 (SRID 4490); empty only for DELETE tombstones in a history
 * @param attributes attribute values by name, in schema order; absent values are null entries
 * @param version provenance of this version
 */
public record Feature(
    String id, Optional<Geometry> geometry, Map<String, Object> attributes, VersionInfo version) {

  public Feature {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public Object attribute(String name) {
    return attributes.get(name);
  }
}
