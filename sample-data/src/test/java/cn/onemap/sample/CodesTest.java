package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.parts.PartClass;
import cn.onemap.sample.pipes.PipeKind;
import cn.onemap.sample.pipes.PipeLayers;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void partIdsAreCountyClassAndSequence() {
    Set<String> classes =
        Arrays.stream(PartClass.values()).map(PartClass::code).collect(Collectors.toSet());
    var parts = SmallCity.layer("city_parts");
    assertThat(parts).hasSizeGreaterThan(10_000);
    var ids = new HashSet<String>();
    for (FeatureEdit.Insert p : parts) {
      String id = p.id().orElseThrow();
      assertThat(id).matches("44140[23]\\d{10}");
      assertThat(classes).contains(id.substring(6, 10));
      assertThat(p.attributes().get("minor_code")).isEqualTo(id.substring(6, 10));
      assertThat(p.attributes().get("major_code")).isEqualTo(id.substring(6, 8));
      assertThat(ids.add(id)).as("unique %s", id).isTrue();
    }
  }

  @Test
  void gridCodesExtendTheirCommunityCode() {
    Set<String> communities =
        SmallCity.layer("admin_communities").stream()
            .map(f -> f.id().orElseThrow())
            .collect(Collectors.toSet());
    for (FeatureEdit.Insert g : SmallCity.layer("unit_grids")) {
      String code = g.id().orElseThrow();
      assertThat(code).matches("44140[23]\\d{6}(0[1-9]|[1-9]\\d)");
      assertThat(code.substring(0, 12)).isEqualTo(g.attributes().get("community_code"));
      assertThat(communities).contains(code.substring(0, 12));
      // 9-digit street code of the community's own town
      assertThat(code.substring(0, 9)).isEqualTo(g.attributes().get("town_code"));
    }
  }

  @Test
  void pipeCodesAreCjj61EightDigits() {
    for (PipeKind kind : PipeKind.values()) {
      for (FeatureEdit.Insert s : SmallCity.layer(PipeLayers.segmentsId(kind))) {
        assertThat((String) s.attributes().get("feature_code"))
            .matches("5\\d{3}1000")
            .isEqualTo(kind.segmentCode());
        assertThat(s.attributes().get("category")).isEqualTo(kind.category());
      }
      for (FeatureEdit.Insert p : SmallCity.layer(PipeLayers.pointsId(kind))) {
        String code = (String) p.attributes().get("feature_code");
        assertThat(code).matches("5\\d{3}2[12]\\d{2}");
        boolean feature = p.attributes().containsKey("feature");
        assertThat(feature).isNotEqualTo(p.attributes().containsKey("appurtenance"));
        assertThat(code.charAt(5)).isEqualTo(feature ? '1' : '2');
      }
    }
    assertThat(PipeKind.JP.pointCode(cn.onemap.sample.pipes.PointKind.VALVE)).isEqualTo("51042203");
  }

  @Test
  void addressCodesAreUniqueAndCarryTheirLevel() {
    var codes = new HashSet<String>();
    for (FeatureEdit.Insert a : SmallCity.layer("addresses")) {
      String code = a.id().orElseThrow();
      assertThat(code).matches("44140[23]\\d{6}[1-5]\\d{7}");
      assertThat(codes.add(code)).isTrue();
    }
    assertThat(
            SmallCity.layer("addresses").stream().map(a -> a.attributes().get("level")).distinct())
        .contains("门牌", "小区", "楼栋", "单元", "户室");
  }
}
