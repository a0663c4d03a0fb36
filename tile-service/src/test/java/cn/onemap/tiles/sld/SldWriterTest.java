package cn.onemap.tiles.sld;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.HeatmapSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.thematic.Palettes;
import java.util.List;
import java.util.Optional;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.junit.jupiter.api.Test;

/** Styles written as SLD 1.0 read back to the same style (written again: the same text). */
class SldWriterTest {
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  static LayerDefinition layer(LayerKind kind, GeometryType type) {
    return LayerDefinition.of(
        "roads",
        "道路 & 街巷",
        kind,
        type,
        List.of(
            AttributeDefinition.optional("name", AttributeType.STRING, "名称"),
            AttributeDefinition.optional("category", AttributeType.STRING, "类别"),
            AttributeDefinition.optional("major_code", AttributeType.STRING, "大类")));
  }

  static void assertRoundTrip(UserStyle style) {
    String sld = SldWriter.write("roads", style);
    UserStyle back = new SldParser().parse(sld).style("roads").orElseThrow();
    assertThat(SldWriter.write("roads", back)).isEqualTo(sld);
    assertThat(back.name()).isEqualTo(style.name());
    assertThat(back.rules()).hasSameSizeAs(style.rules());
    for (int i = 0; i < back.rules().size(); i++) {
      Rule a = style.rules().get(i);
      Rule b = back.rules().get(i);
      assertThat(b.title()).isEqualTo(a.title());
      assertThat(b.elseFilter()).isEqualTo(a.elseFilter());
      assertThat(b.symbolizers()).isEqualTo(a.symbolizers());
    }
  }

  @Test
  void defaultStylesRoundTrip() {
    assertRoundTrip(DefaultStyles.forLayer(layer(LayerKind.BASE, GeometryType.LINESTRING)));
    assertRoundTrip(DefaultStyles.forLayer(layer(LayerKind.PIPELINE, GeometryType.LINESTRING)));
    assertRoundTrip(DefaultStyles.forLayer(layer(LayerKind.CITY_PART, GeometryType.POINT)));
    assertRoundTrip(DefaultStyles.forLayer(layer(LayerKind.BASE, GeometryType.POLYGON)));
  }

  @Test
  void comparisonsAndScalesRoundTrip() {
    var p = FF.property("diameter");
    Rule r =
        Rule.where(
                "big",
                FF.and(
                    List.of(
                        FF.greaterOrEqual(p, FF.literal(12.5)),
                        FF.less(p, FF.literal(1e7)),
                        FF.not(FF.isNull(p)),
                        FF.or(
                            FF.between(p, FF.literal(1), FF.literal(2)),
                            FF.notEqual(FF.property("name"), FF.literal("<x & 'y'>"), false)))),
                DefaultStyles.forLayer(layer(LayerKind.PIPELINE, GeometryType.LINESTRING))
                    .rules()
                    .get(0)
                    .symbolizers()
                    .toArray(cn.onemap.tiles.style.Symbolizer[]::new))
            .withScaleRange(1000, 50000);
    UserStyle s = new UserStyle("s", "标题 <1>", List.of(new FeatureTypeStyle(List.of(r))));
    assertRoundTrip(s);
    String sld = SldWriter.write("roads", s);
    assertThat(sld).contains("<ogc:Literal>10000000</ogc:Literal>");
    assertThat(sld).contains("<MinScaleDenominator>1000</MinScaleDenominator>");
  }

  @Test
  void heatMapsAreGeoServerRenderingTransformations() {
    HeatmapSymbolizer h =
        new HeatmapSymbolizer(15, Optional.of("weight"), Palettes.heat("heat"), 0.8);
    UserStyle s = UserStyle.of("heat", Rule.of("heat", h));
    String sld = SldWriter.write("events", s);
    assertThat(sld)
        .contains("<ogc:Function name=\"vec:Heatmap\">")
        .contains("<ogc:Literal>radiusPixels</ogc:Literal><ogc:Literal>15</ogc:Literal>")
        .contains("<ogc:Literal>weightAttr</ogc:Literal><ogc:Literal>weight</ogc:Literal>")
        .contains("<ColorMapEntry color=\"#FF0000\" quantity=\"1\" opacity=\"1\"/>");
    UserStyle back = new SldParser().parse(sld).firstStyle().orElseThrow();
    assertThat(back.rules().get(0).symbolizers()).containsExactly(h);
  }
}
