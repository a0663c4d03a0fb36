package cn.onemap.loaders.survey;

import static cn.onemap.core.catalog.AttributeDefinition.optional;
import static cn.onemap.core.catalog.AttributeDefinition.required;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import java.util.List;

/**
 * The two layers a CJJ 61 survey fills: pipe points (管线点) and pipe segments (管线段), PIPELINE kind
 * (restricted by default). Attribute names are ours; labels are the survey tables' column names, so
 * a table maps onto an existing layer by label as well.
 */
public final class SurveyLayers {
  private SurveyLayers() {}

  public static LayerDefinition points(String id, String title) {
    return LayerDefinition.of(
        id,
        title,
        LayerKind.PIPELINE,
        GeometryType.POINT,
        List.of(
            required("point_no", AttributeType.STRING, "物探点号"),
            optional("map_no", AttributeType.STRING, "图上点号"),
            optional("category", AttributeType.STRING, "管线类别"),
            optional("feature", AttributeType.STRING, "特征"),
            optional("appurtenance", AttributeType.STRING, "附属物"),
            optional("ground_elev", AttributeType.DOUBLE, "地面高程"),
            optional("point_code", AttributeType.STRING, "点编码"),
            optional("survey_x", AttributeType.DOUBLE, "X"),
            optional("survey_y", AttributeType.DOUBLE, "Y"),
            optional("remark", AttributeType.STRING, "备注")));
  }

  public static LayerDefinition segments(String id, String title) {
    return LayerDefinition.of(
        id,
        title,
        LayerKind.PIPELINE,
        GeometryType.LINESTRING,
        List.of(
            required("start_no", AttributeType.STRING, "起点点号"),
            required("end_no", AttributeType.STRING, "终点点号"),
            optional("category", AttributeType.STRING, "管线类别"),
            optional("start_depth", AttributeType.DOUBLE, "起点埋深"),
            optional("end_depth", AttributeType.DOUBLE, "终点埋深"),
            optional("start_invert", AttributeType.DOUBLE, "起点管底高程"),
            optional("end_invert", AttributeType.DOUBLE, "终点管底高程"),
            optional("diameter", AttributeType.STRING, "管径"),
            optional("material", AttributeType.STRING, "材质"),
            optional("burial", AttributeType.STRING, "埋设方式"),
            optional("remark", AttributeType.STRING, "备注")));
  }
}
