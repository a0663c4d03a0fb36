package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.core.feature.FeatureEdit;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void adminNamesAndCodesComeFromChinaDivision() {
    Divisions divisions = Divisions.load();
    assertThat(divisions.require("441402").name()).isEqualTo("梅江区");
    assertThat(divisions.require("441403").name()).isEqualTo("梅县区");
    var towns =
        SmallCity.layer("admin_towns").stream().map(t -> t.attributes().get("name")).toList();
    assertThat(towns).contains("金山街道", "西郊街道", "江南街道");
    for (FeatureEdit.Insert c : SmallCity.layer("admin_communities")) {
      Division d = divisions.require(c.id().orElseThrow());
      assertThat(c.attributes().get("name")).isEqualTo(d.name());
      assertThat(c.attributes().get("town_code")).isEqualTo(d.parent());
    }
  }

  @Test
  void countyOutlinesCameFromThePackage() {
    assertThat(SmallCity.city().model().realOutlines()).isTrue();
  }

  @Test
  void streetsHaveUniqueNamesAndTheRiverHasBridges() {
    var names =
        SmallCity.layer("address_streets").stream().map(s -> s.attributes().get("name")).toList();
    assertThat(names).doesNotHaveDuplicates();
    assertThat(
            SmallCity.layer("roads").stream()
                .filter(r -> Boolean.TRUE.equals(r.attributes().get("bridge"))))
        .isNotEmpty();
    assertThat(SmallCity.layer("water")).hasSize(1);
  }
}
