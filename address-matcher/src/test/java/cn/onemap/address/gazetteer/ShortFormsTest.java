package cn.onemap.address.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortFormsTest {
  @Test
  void countyLevelNamesLoseTheirSuffix() {
    assertThat(ShortForms.county("通许县")).containsExactly("通许");
    assertThat(ShortForms.county("昆山市")).containsExactly("昆山");
    assertThat(ShortForms.county("光明区")).containsExactly("光明");
    assertThat(ShortForms.county("浦东新区")).containsExactly("浦东");
    assertThat(ShortForms.county("神农架林区")).containsExactly("神农架");
    assertThat(ShortForms.county("科尔沁左翼后旗")).containsExactly("科尔沁左翼后");
  }

  @Test
  void autonomousCountiesLoseTheirEthnicNamesToo() {
    assertThat(ShortForms.county("孟连傣族拉祜族佤族自治县")).containsExactly("孟连");
    assertThat(ShortForms.county("大厂回族自治县")).containsExactly("大厂");
    assertThat(ShortForms.county("长阳土家族自治县")).containsExactly("长阳");
    assertThat(ShortForms.county("莫力达瓦达斡尔族自治旗")).containsExactly("莫力达瓦");
    assertThat(ShortForms.prefecture("黔南布依族苗族自治州")).containsExactly("黔南");
    assertThat(ShortForms.prefecture("大兴安岭地区")).containsExactly("大兴安岭");
    assertThat(ShortForms.prefecture("锡林郭勒盟")).containsExactly("锡林郭勒");
  }

  @Test
  void nothingShorterThanTwoCharactersAndTheFixedListOfEthnicGroups() {
    assertThat(ShortForms.county("矿区")).isEmpty();
    assertThat(ShortForms.county("城区")).isEmpty();
    assertThat(ShortForms.county("梅江")).isEmpty();
    assertThat(ShortForms.ETHNIC_GROUPS).hasSize(55).doesNotHaveDuplicates();
    assertThat(ShortForms.isCommonWord("朝阳")).isTrue();
    assertThat(ShortForms.isCommonWord("昆山")).isFalse();
  }
}
