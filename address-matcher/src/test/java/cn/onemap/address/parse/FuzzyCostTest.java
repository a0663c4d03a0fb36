package cn.onemap.address.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyCostTest {
  @ParameterizedTest(name = "{0} for {1} costs {2}")
  @CsvSource({
    "斌芳大道, 彬芳大道, 0.25", // homophone bin
    "梅江大到, 梅江大道, 0.25", // dao
    "金三路, 金山路, 0.5", // san / shan
    "陵风路, 凌风路, 0.25",
    "彬大道, 彬芳大道, 0.6", // missing character
    "彬芳芳大道, 彬芳大道, 0.8", // extra character
    "泮之路, 泮坑路, 1.0", // unrelated character
    "彬芳大道, 彬芳大道, 0.0",
    "斌方大道, 彬芳大道, 2.0", // two edits: not a typo of it
  })
  void costOfOneEdit(String written, String name, double cost) {
    assertThat(Lexicon.cost(written, name)).isEqualTo(cost);
  }

  @ParameterizedTest
  @CsvSource({"华, 化, 0.25", "中, 忠, 0.25", "林, 宁, 0.5", "华, 山, 1.0"})
  void pinyinSimilarity(char a, char b, double cost) {
    assertThat(Pinyin.substitution(a, b)).isEqualTo(cost);
  }
}
