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
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.UserStyle;
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

  /**
   * The default road style draws a white casing (a rule named "casing" in a first pass) under the
   * grey centre line: one legend row, titled with the layer's title, its swatch both lines.
   */
  @Test
  void aCasingUnderAnotherRuleHasNoRowAndNamesAreNeverShown() {
    LayerDefinition roads =
        LayerDefinition.of(
            "roads",
            "道路",
            LayerKind.BASE,
            GeometryType.LINESTRING,
            List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称")));
    UserStyle style = DefaultStyles.forLayer(roads);
    CodeNames none = CodeNames.of(roads, id -> Optional.empty());
    assertThat(style.rules().stream().map(Rule::name)).contains("casing");
    List<Rule> rows = LegendPainter.rows(style);
    assertThat(rows).hasSize(1);
    assertThat(rows.stream().map(r -> LegendPainter.label(r, roads.title(), none)))
        .containsExactly("道路")
        .noneMatch(l -> l.contains("casing"));
    List<Symbolizer> swatch = rows.get(0).symbolizers();
    assertThat(swatch.get(0))
        .as("the casing first, under the centre line")
        .isEqualTo(style.featureTypeStyles().get(0).rules().get(0).symbolizers().get(0));
    assertThat(swatch.stream().filter(s -> s instanceof LineSymbolizer)).hasSize(2);
    assertThat(LegendPainter.size(style, roads.title(), none, 20, 20).height)
        .as("one row")
        .isLessThan(30);

    // a rule with a Name and no Title (as SLD authors write them), not under another rule
    Rule named =
        new Rule(
            "casing",
            "",
            Optional.empty(),
            false,
            0,
            Double.POSITIVE_INFINITY,
            List.of(new LineSymbolizer(Stroke.of(java.awt.Color.WHITE, 5))));
    Rule other =
        where("JS", "category", "JS")
            .withSymbolizers(List.of(new LineSymbolizer(Stroke.of(java.awt.Color.BLUE, 2))));
    UserStyle sld =
        new UserStyle(
            "s",
            "",
            List.of(new FeatureTypeStyle(List.of(named)), new FeatureTypeStyle(List.of(other))));
    assertThat(
            LegendPainter.rows(sld).stream().map(r -> LegendPainter.label(r, "管线", names)).toList())
        .containsExactly("管线", "给水");
  }
}
