package cn.onemap.address.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.address.AddressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
  private static String norm(String s) {
    return Normalizer.normalize(s, 500).text();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // full width, whitespace, punctuation
        "广东省　梅州市，梅江区　彬芳大道１２号 | 广东省梅州市梅江区彬芳大道12号",
        "彬芳大道 12 号 | 彬芳大道12号",
        // traditional → simplified (OpenCC)
        "廣東省梅州市梅江區彬芳大道12號金利花園3棟2單元1202室 | 广东省梅州市梅江区彬芳大道12号金利花园3栋2单元1202室",
        // Chinese numerals before a suffix; names keep theirs
        "彬芳大道一百二十三号 | 彬芳大道123号",
        "金利花园十二栋 | 金利花园12栋",
        "金利花园三号楼一千二百零二室 | 金利花园3栋1202室",
        "凌风路三巷5号 | 凌风路3巷5号",
        "三角大道五号 | 三角大道5号",
        "五华县华城镇 | 五华县华城镇",
        "第三栋 | 3栋",
        // suffix variants
        "金利花园3幢2门1202房 | 金利花园3栋2单元1202室",
        "金利花园3座 | 金利花园3栋",
        "金利花园3#2单元 | 金利花园3栋2单元",
        "金利花园3栋2单元12楼 | 金利花园3栋2单元12层",
        "金利花园3栋2单元1202户 | 金利花园3栋2单元1202室",
        // 附号
        "彬芳大道12号之一 | 彬芳大道12号附1",
        "彬芳大道12之1号 | 彬芳大道12号附1",
        "彬芳大道12-1号 | 彬芳大道12号附1",
        "彬芳大道12甲号 | 彬芳大道12号附甲",
        "彬芳大道12号乙 | 彬芳大道12号附乙",
        "金利花园3-2-1202 | 金利花园3栋2单元1202室",
        // a 之 inside a name is not a 附号
        "泮之路5号 | 泮之路5号",
        "中国广东省梅州市 | 广东省梅州市",
      })
  void normalizes(String in, String out) {
    assertThat(norm(in)).isEqualTo(out);
  }

  @Test
  void stripsPhonesAndTheNamesNextToThem() {
    NormalizedAddress a = Normalizer.normalize("张伟 13812345678 梅江区彬芳大道12号", 500);
    assertThat(a.text()).isEqualTo("梅江区彬芳大道12号");
    assertThat(a.removed()).containsExactly("13812345678", "张伟");
    NormalizedAddress b = Normalizer.normalize("梅江区彬芳大道12号（李秀英收，电话0753-2345678）", 500);
    assertThat(b.text()).isEqualTo("梅江区彬芳大道12号");
    assertThat(b.removed()).hasSize(1).first().asString().contains("李秀英收");
    assertThat(norm("梅江区彬芳大道12号 联系人：王建华 电话：13912345678")).isEqualTo("梅江区彬芳大道12号");
  }

  @ParameterizedTest
  @CsvSource({"旁", "旁边", "对面", "斜对面", "附近"})
  void landmarkPhrasesMakeItApproximate(String phrase) {
    NormalizedAddress a = Normalizer.normalize("彬芳大道金利花园" + phrase, 500);
    assertThat(a.text()).isEqualTo("彬芳大道金利花园");
    assertThat(a.approximate()).isTrue();
    assertThat(a.landmarkPhrase()).isEqualTo(phrase);
    assertThat(Normalizer.normalize("彬芳大道12号", 500).approximate()).isFalse();
  }

  @Test
  void namesNormalizeLikeQueries() {
    assertThat(Normalizer.name("凌风路三巷")).isEqualTo(norm("凌风路三巷"));
    assertThat(Normalizer.name("紅旗二路")).isEqualTo("红旗2路");
  }

  @Test
  void refusesWhatIsNoAddress() {
    assertThatThrownBy(() -> Normalizer.normalize("  ", 500))
        .isInstanceOf(AddressException.class)
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("EMPTY_ADDRESS");
    assertThatThrownBy(() -> Normalizer.normalize(null, 500))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("EMPTY_ADDRESS");
    assertThatThrownBy(() -> Normalizer.normalize("路".repeat(501), 500))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("ADDRESS_TOO_LONG");
    assertThatThrownBy(() -> Normalizer.normalize("彬芳大道\u000012号", 500))
        .extracting(
            e -> ((AddressException) e).code(),
            e -> ((AddressException) e).details().get("position"))
        .containsExactly("INVALID_ADDRESS_CHARACTERS", 4);
    assertThatThrownBy(() -> Normalizer.normalize("彬芳大道\uFFFD12号", 500))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("INVALID_ADDRESS_CHARACTERS");
    assertThatThrownBy(() -> Normalizer.normalize("彬芳\uD800大道", 500))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("INVALID_ADDRESS_CHARACTERS");
  }

  @Test
  void theOpenCcTableIsComplete() {
    assertThat(CharMap.traditionalCount()).isGreaterThan(2900);
    assertThat(CharMap.fold('鬱')).isEqualTo('郁');
    assertThat(CharMap.fold('Ａ')).isEqualTo('A');
  }
}
