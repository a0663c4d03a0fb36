package cn.onemap.sample.parts;

import static cn.onemap.core.catalog.AttributeType.DATE;
import static cn.onemap.core.catalog.AttributeType.STRING;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.sample.LayerSource;
import cn.onemap.sample.codes.SampleCodeLists;
import cn.onemap.sample.geo.Schema;
import cn.onemap.sample.pipes.PipeNetworks;

/**
 * The city-part layer (管理部件): one point layer for every class, with the attributes real part
 * records carry (ObjID … Note, see STANDARDS.md). Feature id = the 16-digit part id.
 */
public final class PartLayers {
  public static final String PARTS = "city_parts";

  private PartLayers() {}

  public static LayerSource source(PipeNetworks networks) {
    var def =
        LayerDefinition.of(
            PARTS,
            "城市管理部件",
            LayerKind.CITY_PART,
            GeometryType.POINT,
            Schema.of()
                .req("obj_id", STRING, "部件标识码")
                .req("obj_name", STRING, "部件名称")
                .req("major_code", STRING, "大类代码")
                .coded(SampleCodeLists.PART_MAJOR)
                .req("major_name", STRING, "大类名称")
                .req("minor_code", STRING, "小类代码")
                .coded(SampleCodeLists.PART_MINOR)
                .req("dept_code", STRING, "主管部门代码")
                .req("dept_name", STRING, "主管部门")
                .req("bgid", STRING, "单元网格代码")
                .req("obj_state", STRING, "部件状态")
                .req("or_date", DATE, "初始日期")
                .req("ch_date", DATE, "变更日期")
                .req("data_source", STRING, "数据来源")
                .opt("material", STRING, "材质")
                .opt("obj_shape", STRING, "形状")
                .opt("road_name", STRING, "所在道路")
                .opt("pipe_point_no", STRING, "对应管线点号")
                .opt("note", STRING, "备注")
                .list());
    return new LayerSource(def, () -> new PartGenerator(networks).iterator());
  }
}
