package cn.onemap.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
  void deepNestingIsRefusedBeforeTheRecursiveParserOverflows() {
    // 5,000 brackets overflowed gt-cql's stack (StackOverflowError, a 500 with ~133 KB of log).
    for (String deep :
        List.of(
            "(".repeat(5_000) + "a = 1" + ")".repeat(5_000),
            "a = " + "abs(".repeat(3_000) + "1" + ")".repeat(3_000),
            "INTERSECTS(geom, " + "GEOMETRYCOLLECTION(".repeat(500) + ")")) {
      assertThatThrownBy(() -> Filters.parseEcql(deep))
          .isInstanceOf(FilterException.class)
          .hasMessageContaining("deep; the limit is 64");
    }
    String limit = "(".repeat(64) + "a = 1" + ")".repeat(64);
    assertThat(Filters.parseEcql(limit).toString()).contains("a = 1");
    // Brackets inside quoted text are content, not nesting.
    assertThat(Filters.parseEcql("name = '" + "(".repeat(100) + "'").toString()).contains("name");
    assertThat(Filters.nesting("\"a(\" = 'it''s ((' AND (b = 1)")).isEqualTo(1);
  }

  @Test
  void aLongFlatOrChainStillParsesAndTranslates() {
    // gt-cql nests OR chains two by two; the chain comes back as one n-ary OR, in order.
    String chain = "a = 1" + " OR a = 1".repeat((Filters.MAX_ECQL_LENGTH - 10) / 9);
    var filter = (org.geotools.api.filter.Or) Filters.parseEcql(chain);
    assertThat(filter.getChildren()).hasSize((Filters.MAX_ECQL_LENGTH - 10) / 9 + 1);
    var mixed = Filters.parseEcql("a = 1 AND b = 2 AND c = 3 OR d = 4 OR NOT (e = 5 OR f = 6)");
    assertThat(mixed.toString())
        .isEqualTo(
            "[[[ a = 1 ] AND [ b = 2 ] AND [ c = 3 ]] OR [ d = 4 ] OR [ NOT [[ e = 5 ] OR [ f = 6 ]] ]]");
  }

  @Test
  void likePatternsEscapeSqlWildcardsThatAreLiteralInOgc() {
    assertThat(LikePattern.toSql("梅江*区", "*", ".", "!")).isEqualTo("梅江%区");
    assertThat(LikePattern.toSql("100%_a.b", "*", ".", "!")).isEqualTo("100\\%\\_a_b");
    assertThat(LikePattern.toSql("a!*b\\", "*", ".", "!")).isEqualTo("a*b\\\\");
  }
}
