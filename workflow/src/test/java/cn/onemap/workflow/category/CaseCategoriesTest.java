package cn.onemap.workflow.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.onemap.workflow.table.CsvTable;
import cn.onemap.workflow.table.TableFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseCategoriesTest {
  private static final CaseCategories CATALOG = CaseCategories.shipped();

  @Test
  void majorClassesOfBothKinds() {
    assertThat(CATALOG.majors(CaseKind.PART))
        .containsExactly(
            entry("01", "公用设施"),
            entry("02", "道路交通"),
            entry("03", "市容环境"),
            entry("04", "园林绿化"),
            entry("05", "房屋土地"),
            entry("06", "其他设施"));
    assertThat(CATALOG.majors(CaseKind.EVENT))
        .containsExactly(
            entry("01", "市容环境"),
            entry("02", "宣传广告"),
            entry("03", "施工管理"),
            entry("04", "突发事件"),
            entry("05", "街面秩序"),
            entry("06", "扩展事件"));
  }

  @Test
  void lookups() {
    CaseCategory c = CATALOG.byCode("P0101").orElseThrow();
    assertThat(c)
        .isEqualTo(new CaseCategory("P0101", CaseKind.PART, "01", "公用设施", "0101", "上水井盖", "SW01"));
    assertThat(c.name()).isEqualTo("上水井盖");
    assertThat(c.majorKey()).isEqualTo("P01");
    assertThat(CATALOG.byName("路面塌陷").orElseThrow().code()).isEqualTo("E0401");
    assertThat(CATALOG.byName("占道经营").orElseThrow().name()).as("alias").isEqualTo("无证占道经营");
    assertThat(CATALOG.byName("路面塌陷").orElseThrow().owner()).isEmpty();
    assertThat(CATALOG.byCode("P9999")).isEmpty();
    assertThat(CATALOG.byName(null)).isEmpty();
    assertThat(CATALOG.ofKind(CaseKind.EVENT))
        .extracting(CaseCategory::name)
        .contains(
            "暴露垃圾", "积存垃圾渣土", "道路不洁", "乱张贴小广告", "违章接坡", "无证占道经营", "施工扰民", "道路破损", "路面塌陷", "井盖缺失");
  }

  @Test
  void invalidRowsSayWhereAndWhy() {
    String header = "kind,minor_code,minor_name,major_code,major_name,owner_dept,aliases\n";
    assertError(
        header + "PART,0101,上水井盖,01,公用设施,,\nPART,0101,污水井盖,01,公用设施,,\n", 3, "P0101 appears twice");
    assertError(header + "PART,0201,上水井盖,01,公用设施,,\n", 2, "starting with the major code 01");
    assertError(
        header + "PART,0101,a,01,公用设施,,\nPART,0102,b,01,公共设施,,\n", 3, "called both 公用设施 and 公共设施");
    assertError(header + "THING,0101,a,01,公用设施,,\n", 2, "kind must be PART or EVENT");
    assertError(
        header + "PART,0101,a,01,公用设施,,b\nPART,0102,b,01,公用设施,,\n",
        3,
        "name b already names P0101");
    assertThatThrownBy(
            () ->
                CaseCategories.of(
                    List.of(CaseCategory.of(CaseKind.EVENT, "0101", "暴露垃圾", "市容环境", null)),
                    Map.of("垃圾", "E0102")))
        .hasMessageContaining("alias 垃圾 points to unknown code E0102");
  }

  private static void assertError(String csv, int line, String problem) {
    assertThatThrownBy(() -> CaseCategories.parse(CsvTable.parse("c.csv", csv)))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> assertThat(e.getMessage()).startsWith("c.csv:" + line + ": ").contains(problem));
  }
}
