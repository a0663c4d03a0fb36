package cn.onemap.loaders.shapefile;

import cn.onemap.core.catalog.GeometryType;
import java.util.Optional;

/** Shape types of the Shapefile specification and the layer geometry type each maps to. */
enum ShapeType {
  NULL(0, GeometryType.GEOMETRY),
  POINT(1, GeometryType.POINT),
  POLYLINE(3, GeometryType.MULTILINESTRING),
  POLYGON(5, GeometryType.MULTIPOLYGON),
  MULTIPOINT(8, GeometryType.MULTIPOINT),
  POINT_Z(11, GeometryType.POINT),
  POLYLINE_Z(13, GeometryType.MULTILINESTRING),
  POLYGON_Z(15, GeometryType.MULTIPOLYGON),
  MULTIPOINT_Z(18, GeometryType.MULTIPOINT),
  POINT_M(21, GeometryType.POINT),
  POLYLINE_M(23, GeometryType.MULTILINESTRING),
  POLYGON_M(25, GeometryType.MULTIPOLYGON),
  MULTIPOINT_M(28, GeometryType.MULTIPOINT),
  MULTIPATCH(31, GeometryType.GEOMETRY);

  final int code;
  final GeometryType layerType;

  ShapeType(int code, GeometryType layerType) {
    this.code = code;
    this.layerType = layerType;
  }

  static Optional<ShapeType> of(int code) {
    for (ShapeType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  boolean hasZ() {
    return code >= 11 && code <= 18 || this == MULTIPATCH;
  }
}
