package cn.onemap.tiles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.filter.Filters;
import cn.onemap.tiles.TilesException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeFilterTest {
  static final LayerDefinition LAYER =
      LayerDefinition.of(
          "pipes",
          "管线",
          LayerKind.PIPELINE,
          GeometryType.LINESTRING,
          List.of(
              AttributeDefinition.optional("category", AttributeType.STRING, "大类"),
              AttributeDefinition.optional("diameter", AttributeType.INTEGER, "管径")));

  static boolean test(String ecql, Object category, Object diameter) {
    Map<String, Object> a = new HashMap<>();
    a.put("category", category);
    a.put("diameter", diameter);
    return AttributeFilter.compile(Filters.parseEcql(ecql), LAYER).test(a);
  }

  @Test
  void namesThePropertiesAFilterReads() {
    assertThat(
            AttributeFilter.properties(
                Filters.parseEcql("category = 'JS' AND (diameter > 300 OR NOT material IS NULL)")))
        .containsExactlyInAnyOrder("category", "diameter", "material");
    assertThat(AttributeFilter.properties(Filters.parseEcql("INCLUDE"))).isEmpty();
  }

  @Test
  void comparisonsAreNumericForNumbers() {
    assertThat(test("diameter >= 300", "JS", 500)).isTrue();
    assertThat(test("diameter < 300", "JS", 500)).isFalse();
    assertThat(test("diameter = '500'", "JS", 500)).isTrue();
    assertThat(test("diameter BETWEEN 100 AND 500", "JS", 500)).isTrue();
    assertThat(test("diameter > 100", "JS", null)).as("null compares false").isFalse();
    assertThat(test("diameter IS NULL", "JS", null)).isTrue();
  }

  @Test
  void stringsLikeAndLogic() {
    assertThat(test("category = 'JS' OR category = 'PS'", "PS", 1)).isTrue();
    assertThat(test("category LIKE 'J%'", "JS", 1)).isTrue();
    assertThat(test("NOT (category <> 'RQ')", "RQ", 1)).isTrue();
    assertThat(test("category IN ('JS', 'RQ')", "RQ", 1)).isTrue();
    assertThat(test("category = 'JS' AND diameter > 600", "JS", 500)).isFalse();
  }

  @Test
  void unknownPropertiesAndFunctionsAreRefused() {
    assertThatThrownBy(() -> test("material = 'PE'", "JS", 1))
        .isInstanceOfSatisfying(
            TilesException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_PROPERTY"))
        .hasMessageContaining("material");
    assertThatThrownBy(() -> test("strLength(category) = 2", "JS", 1))
        .isInstanceOfSatisfying(
            TilesException.class, e -> assertThat(e.code()).isEqualTo("INVALID_STYLE"));
  }
}
