package cn.onemap.core.catalog;

import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/** The geometry type a layer stores. Single geometries are accepted by the matching multi type. */
public enum GeometryType {
  POINT(Set.of(Geometry.TYPENAME_POINT)),
  LINESTRING(Set.of(Geometry.TYPENAME_LINESTRING)),
  POLYGON(Set.of(Geometry.TYPENAME_POLYGON)),
  MULTIPOINT(Set.of(Geometry.TYPENAME_POINT, Geometry.TYPENAME_MULTIPOINT)),
  MULTILINESTRING(Set.of(Geometry.TYPENAME_LINESTRING, Geometry.TYPENAME_MULTILINESTRING)),
  MULTIPOLYGON(Set.of(Geometry.TYPENAME_POLYGON, Geometry.TYPENAME_MULTIPOLYGON)),
  GEOMETRY(Set.of());

  private final Set<String> accepted;

  GeometryType(Set<String> accepted) {
    this.accepted = accepted;
  }

  /**
   * Whether a geometry of this JTS type name (e.g. "Polygon") may be stored in a layer of this
   * type.
   */
  public boolean accepts(String jtsGeometryType) {
    return this == GEOMETRY || accepted.contains(jtsGeometryType);
  }

  public boolean isMulti() {
    return name().startsWith("MULTI");
  }
}
