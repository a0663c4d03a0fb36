package cn.onemap.core.store;

import static cn.onemap.core.catalog.AttributeDefinition.optional;
import static cn.onemap.core.catalog.AttributeDefinition.required;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import java.util.List;

/** Layer definitions the store tests share. */
final class Layers {
  private Layers() {}

  /** Water valves: points with a required code, a diameter, a material, a date and a flag. */
  static LayerDefinition valves() {
    return LayerDefinition.of(
        "water_valves",
        "给水阀门",
        LayerKind.PIPELINE,
        GeometryType.POINT,
        List.of(
            required("code", AttributeType.STRING, "物探点号"),
            optional("diameter", AttributeType.INTEGER, "管径(mm)"),
            optional("material", AttributeType.STRING, "材质"),
            optional("depth", AttributeType.DOUBLE, "埋深(m)"),
            optional("laid", AttributeType.DATE, "敷设日期"),
            optional("inspected", AttributeType.TIMESTAMP, "巡检时间"),
            optional("open", AttributeType.BOOLEAN, "开启")));
  }

  /** Land-use parcels: multipolygons with a name. */
  static LayerDefinition parcels() {
    return LayerDefinition.of(
        "parcels",
        "用地地块",
        LayerKind.BASE,
        GeometryType.MULTIPOLYGON,
        List.of(
            required("name", AttributeType.STRING, "名称"),
            optional("area_class", AttributeType.LONG, "用地分类")));
  }
}
