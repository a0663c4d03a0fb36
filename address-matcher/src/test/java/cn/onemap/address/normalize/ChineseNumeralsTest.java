package cn.onemap.address.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "一, 1",
    "十, 10",
    "十二, 12",
    "二十, 20",
    "二十三, 23",
    "一百, 100",
    "一百零五, 105",
    "一百二十三, 123",
    "九百九十八, 998",
    "一千二百零二, 1202",
    "两百, 200",
    "一二零二, 1202",
    "〇, 0",
    "三万零一, 30001"
  })
  void parses(String text, int value) {
    assertThat(ChineseNumerals.parse(text)).hasValue(value);
  }

  @Test
  void refusesNonNumerals() {
    assertThat(ChineseNumerals.parse("三角")).isEmpty();
    assertThat(ChineseNumerals.parse("")).isEmpty();
    assertThat(ChineseNumerals.parse("12")).isEmpty();
  }
}
