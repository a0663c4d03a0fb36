package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.wfs.WfsNames.*;

import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import java.util.List;

/** FES 2.0 filter capabilities: exactly what the parser and the store translate. */
final class FilterCapabilities20 {
  private final XmlOut x;

  FilterCapabilities20(XmlOut x) {
    this.x = x;
  }

  void write() throws IOException {
    x.start("fes", "Filter_Capabilities");
    x.start("fes", "Conformance");
    for (String[] c :
        new String[][] {
          {"ImplementsQuery", "TRUE"},
          {"ImplementsAdHocQuery", "TRUE"},
          {"ImplementsFunctions", "FALSE"},
          {"ImplementsResourceId", "TRUE"},
          {"ImplementsMinStandardFilter", "TRUE"},
          {"ImplementsStandardFilter", "TRUE"},
          {"ImplementsMinSpatialFilter", "TRUE"},
          {"ImplementsSpatialFilter", "TRUE"},
          {"ImplementsMinTemporalFilter", "TRUE"},
          {"ImplementsTemporalFilter", "FALSE"},
          {"ImplementsVersionNav", "FALSE"},
          {"ImplementsSorting", "TRUE"},
          {"ImplementsExtendedOperators", "FALSE"},
          {"ImplementsMinimumXPath", "FALSE"},
          {"ImplementsSchemaElementFunc", "FALSE"}
        }) {
      x.start("fes", "Constraint").attr("name", c[0]);
      x.start("ows", "NoValues").end();
      x.element("ows", "DefaultValue", c[1]);
      x.end();
    }
    x.end();
    x.start("fes", "Id_Capabilities");
    x.start("fes", "ResourceIdentifier").attr("name", "fes:ResourceId").end();
    x.end();
    x.start("fes", "Scalar_Capabilities");
    x.start("fes", "LogicalOperators").end();
    x.start("fes", "ComparisonOperators");
    for (String op : COMPARISONS) {
      x.start("fes", "ComparisonOperator").attr("name", op).end();
    }
    x.end().end();
    x.start("fes", "Spatial_Capabilities");
    x.start("fes", "GeometryOperands");
    for (String g : GEOMETRY_OPERANDS) {
      x.start("fes", "GeometryOperand").attr("name", g).end();
    }
    x.end();
    x.start("fes", "SpatialOperators");
    for (String op : SPATIAL) {
      x.start("fes", "SpatialOperator").attr("name", op).end();
    }
    x.end().end();
    x.start("fes", "Temporal_Capabilities");
    x.start("fes", "TemporalOperands");
    for (String t : List.of("gml:TimeInstant", "gml:TimePeriod")) {
      x.start("fes", "TemporalOperand").attr("name", t).end();
    }
    x.end();
    x.start("fes", "TemporalOperators");
    for (String t : List.of("After", "Before", "During")) {
      x.start("fes", "TemporalOperator").attr("name", t).end();
    }
    x.end().end();
    x.end();
  }
}
