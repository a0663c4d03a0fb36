package cn.onemap.tiles.thematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThematicSpecTest {
  @Test
  void styleNamesStandForTheirSpecs() {
    for (ThematicSpec s :
        new ThematicSpec[] {
          ThematicSpec.category("landuse_code", null),
          ThematicSpec.graduated("area_m2", ClassMethod.JENKS, 7, "blues"),
          ThematicSpec.heat(Optional.empty(), 25, null),
          ThematicSpec.heat(Optional.of("amount"), 10, "fire")
        }) {
      assertThat(ThematicSpec.parse(s.styleName())).contains(s);
    }
    assertThat(ThematicSpec.category("landuse_code", null).styleName())
        .isEqualTo("thematic-category-landuse_code-tableau");
    assertThat(ThematicSpec.graduated("area_m2", ClassMethod.QUANTILE, 5, null).styleName())
        .isEqualTo("thematic-graduated-area_m2-quantile-5-ylorrd");
  }

  @Test
  void malformedNamesAreNotThematicStyles() {
    for (String name :
        new String[] {
          "thematic-",
          "thematic-pie-a-b",
          "thematic-category-Land-tableau",
          "thematic-category-a-nosuchpalette",
          "thematic-graduated-a-jenks-99-blues",
          "thematic-graduated-a-jenks-05-blues",
          "thematic-heat-1000-heat",
          "thematic-heat-x-heat",
          "default"
        }) {
      assertThat(ThematicSpec.parse(name)).as(name).isEmpty();
    }
  }

  @Test
  void badParametersSayWhichOne() {
    assertThatThrownBy(() -> ThematicSpec.graduated("a", ClassMethod.JENKS, 1, null))
        .isInstanceOf(ThematicException.class)
        .hasMessageContaining("classes");
    assertThatThrownBy(() -> ThematicSpec.category("a", "blues"))
        .isInstanceOf(ThematicException.class)
        .hasMessageContaining("palette 'blues'");
  }
}
