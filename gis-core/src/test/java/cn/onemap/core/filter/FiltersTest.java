package cn.onemap.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FiltersTest {

  @Test
  void parsesEcqlWithoutEvaluatingIt() {
    assertThat(Filters.parseEcql("material = 'PE' AND diameter > 100").toString())
        .contains("material = PE")
        .contains("diameter > 100");
  }

  @Test
  void syntaxErrorsAndOversizedFiltersAreRefused() {
    assertThatThrownBy(() -> Filters.parseEcql("material = "))
        .isInstanceOf(FilterException.class)
        .hasMessageStartingWith("invalid ECQL filter");
    assertThatThrownBy(() -> Filters.parseEcql("a = 1 ".repeat(5_000)))
        .isInstanceOf(FilterException.class)
        .hasMessageContaining("exceeds the limit");
  }

  @Test
  void likePatternsEscapeSqlWildcardsThatAreLiteralInOgc() {
    assertThat(LikePattern.toSql("梅江*区", "*", ".", "!")).isEqualTo("梅江%区");
    assertThat(LikePattern.toSql("100%_a.b", "*", ".", "!")).isEqualTo("100\\%\\_a_b");
    assertThat(LikePattern.toSql("a!*b\\", "*", ".", "!")).isEqualTo("a*b\\\\");
  }
}
