package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.wfs.WfsNames.*;

import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import java.util.List;

/** OGC Filter 1.1 capabilities for WFS 1.1.0. */
final class FilterCapabilities11 {
  private final XmlOut x;

  FilterCapabilities11(XmlOut x) {
    this.x = x;
  }

  void write() throws IOException {
    x.start("ogc", "Filter_Capabilities");
    x.start("ogc", "Spatial_Capabilities");
    x.start("ogc", "GeometryOperands");
    for (String g : GEOMETRY_OPERANDS) {
      x.element("ogc", "GeometryOperand", g);
    }
    x.end();
    x.start("ogc", "SpatialOperators");
    for (String op : SPATIAL) {
      x.start("ogc", "SpatialOperator").attr("name", op).end();
    }
    x.end().end();
    x.start("ogc", "Scalar_Capabilities");
    x.start("ogc", "LogicalOperators").end();
    x.start("ogc", "ComparisonOperators");
    for (String op :
        List.of(
            "LessThan",
            "GreaterThan",
            "LessThanEqualTo",
            "GreaterThanEqualTo",
            "EqualTo",
            "NotEqualTo",
            "Like",
            "Between",
            "NullCheck")) {
      x.element("ogc", "ComparisonOperator", op);
    }
    x.end().end();
    x.start("ogc", "Id_Capabilities");
    x.start("ogc", "EID").end();
    x.start("ogc", "FID").end();
    x.end();
    x.end();
  }
}
