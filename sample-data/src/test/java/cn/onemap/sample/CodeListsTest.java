package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.codes.SampleCodeLists;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every code the generator writes is in the code list its attribute names (on the SMALL city). */
class CodeListsTest {
  private static final Map<String, CodeList> LISTS =
      SampleCodeLists.all().stream().collect(Collectors.toMap(CodeList::id, Function.identity()));

  @Test
  void everyGeneratedCodeIsInItsList() {
    Set<String> used = new HashSet<>();
    int checked = 0;
    for (LayerSource layer : SmallCity.city().layers()) {
      for (AttributeDefinition a : layer.definition().attributes()) {
        if (a.codeList() == null) {
          continue;
        }
        CodeList list = LISTS.get(a.codeList());
        assertThat(list).as(layer.id() + "." + a.name() + " names " + a.codeList()).isNotNull();
        used.add(list.id());
        for (FeatureEdit.Insert f : SmallCity.layer(layer.id())) {
          Object v = f.attributes().get(a.name());
          if (v != null) {
            assertThat(list.codes())
                .as(layer.id() + "." + a.name() + " of " + f.id())
                .contains(v.toString());
            checked++;
          }
        }
      }
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(LISTS.keySet());
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void theSampleLayersCarryTheStandardsCodes() {
    Map<String, Map<String, String>> coded =
        SmallCity.city().layers().stream()
            .collect(
                Collectors.toMap(
                    LayerSource::id,
                    l ->
                        l.definition().attributes().stream()
                            .filter(a -> a.codeList() != null)
                            .collect(
                                Collectors.toMap(
                                    AttributeDefinition::name, AttributeDefinition::codeList))));
    assertThat(coded.get("pipe_jp_segments"))
        .containsEntry("category", SampleCodeLists.PIPE_CATEGORY)
        .containsEntry("subcategory", SampleCodeLists.PIPE_SUBCATEGORY)
        .containsEntry("burial", SampleCodeLists.PIPE_BURIAL)
        .containsEntry("material", SampleCodeLists.PIPE_MATERIAL);
    assertThat(coded.get("city_parts"))
        .containsEntry("major_code", SampleCodeLists.PART_MAJOR)
        .containsEntry("minor_code", SampleCodeLists.PART_MINOR);
    assertThat(coded.get("land_parcels")).containsEntry("landuse_code", SampleCodeLists.LAND_USE);
    assertThat(coded.get("events")).containsEntry("category", SampleCodeLists.CASE_CATEGORY);
    CodeList pipes = LISTS.get(SampleCodeLists.PIPE_CATEGORY);
    assertThat(pipes.name("JS")).contains("给水");
    assertThat(pipes.entry("PS").orElseThrow().colour()).isEqualTo("#8B4513");
    assertThat(LISTS.get(SampleCodeLists.PART_MINOR).name("0101")).contains("上水井盖");
    assertThat(LISTS.get(SampleCodeLists.LAND_USE).name("0701")).contains("城镇住宅用地");
    // the land-use name the generator writes beside the code is the list's name of that code
    for (FeatureEdit.Insert f : SmallCity.layer("land_parcels")) {
      assertThat(LISTS.get(SampleCodeLists.LAND_USE).name(f.attributes().get("landuse_code")))
          .contains((String) f.attributes().get("landuse_name"));
    }
  }
}
