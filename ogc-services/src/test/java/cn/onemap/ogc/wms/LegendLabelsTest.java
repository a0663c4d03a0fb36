package cn.onemap.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.tiles.style.Rule;
import java.util.List;
import java.util.Optional;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.junit.jupiter.api.Test;

/** Legends read codes as their code-list names, as popups and tables do. */
class LegendLabelsTest {
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  private final LayerDefinition pipes =
      LayerDefinition.of(
          "pipes",
          "管线",
          LayerKind.PIPELINE,
          GeometryType.LINESTRING,
          List.of(
              AttributeDefinition.optional("category", AttributeType.STRING, "类别")
                  .withCodeList("pipe_category"),
              AttributeDefinition.optional("owner", AttributeType.STRING, "权属")));
  private final CodeList categories =
      new CodeList(
          "pipe_category",
          "管线类别",
          "CJJ 61",
          List.of(CodeEntry.of("JS", "给水"), CodeEntry.of("PS", "排水")));
  private final CodeNames names =
      CodeNames.of(
          pipes, id -> id.equals("pipe_category") ? Optional.of(categories) : Optional.empty());

  private static Rule where(String title, String attribute, String value) {
    return new Rule(
        title,
        title,
        Optional.of(FF.equals(FF.property(attribute), FF.literal(value))),
        false,
        0,
        Double.POSITIVE_INFINITY,
        List.of());
  }

  @Test
  void aRuleOfOneCodeReadsAsTheCodesName() {
    assertThat(LegendPainter.label(where("JS", "category", "JS"), "管线", names)).isEqualTo("给水");
    assertThat(LegendPainter.label(where("", "category", "PS"), "管线", names)).isEqualTo("排水");
  }

  @Test
  void ownTitlesUncodedAttributesAndUnknownCodesStayAsWritten() {
    assertThat(LegendPainter.label(where("供水干管", "category", "JS"), "管线", names)).isEqualTo("供水干管");
    assertThat(LegendPainter.label(where("JS", "owner", "JS"), "管线", names)).isEqualTo("JS");
    assertThat(LegendPainter.label(where("XX", "category", "XX"), "管线", names)).isEqualTo("XX");
    assertThat(LegendPainter.label(where("", "owner", "x"), "管线", names)).isEqualTo("管线");
  }
}
