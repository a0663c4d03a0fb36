package cn.onemap.tiles.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.tiles.style.LabelPlacement;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.TextSymbolizer;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.style.WellKnownMark;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import org.geotools.api.filter.And;
import org.geotools.api.filter.PropertyIsEqualTo;
import org.junit.jupiter.api.Test;

class SldParserTest {
  private final SldParser parser = new SldParser();

  static UserStyle load(String name) {
    try (InputStream in = SldParserTest.class.getResourceAsStream("/sld/" + name)) {
      return new SldParser().parseStyle(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsADashedLineStyle() {
    UserStyle s = load("dashed-line.sld");
    assertThat(s.name()).isEqualTo("dashed");
    assertThat(s.title()).isEqualTo("Dashed black line");
    LineSymbolizer line = (LineSymbolizer) s.rules().get(0).symbolizers().get(0);
    assertThat(line.stroke().color()).isEqualTo(Color.BLACK);
    assertThat(line.stroke().width()).isEqualTo(3);
    assertThat(line.stroke().dashArray()).containsExactly(10f, 5f);
    assertThat(line.stroke().lineJoin()).isEqualTo(Stroke.Join.ROUND);
    assertThat(line.stroke().lineCap()).isEqualTo(Stroke.Cap.BUTT);
  }

  @Test
  void readsRulesWithFiltersAndElse() {
    UserStyle s = load("rule-points.sld");
    assertThat(s.rules()).extracting(Rule::name).containsExactly("a", "b", "other");
    assertThat(s.rules().get(0).filter()).get().isInstanceOf(PropertyIsEqualTo.class);
    assertThat(s.rules().get(1).filter()).get().isInstanceOf(And.class);
    assertThat(s.rules().get(2).elseFilter()).isTrue();
    PointSymbolizer star = (PointSymbolizer) s.rules().get(1).symbolizers().get(0);
    assertThat(star.graphic().mark().shape()).isEqualTo(WellKnownMark.STAR);
    assertThat(star.graphic().size()).isEqualTo(18);
    assertThat(star.graphic().mark().stroke()).isEmpty();
  }

  @Test
  void readsSe11TextWithHaloAndPointPlacement() {
    UserStyle s = load("text-halo.sld");
    assertThat(s.title()).isEqualTo("地名标注");
    TextSymbolizer t = (TextSymbolizer) s.rules().get(0).symbolizers().get(1);
    assertThat(t.labelProperty()).isEqualTo("name");
    assertThat(t.font().family()).isEqualTo("Noto Sans CJK SC");
    assertThat(t.font().size()).isEqualTo(16);
    assertThat(t.font().bold()).isTrue();
    assertThat(t.halo()).get().satisfies(h -> assertThat(h.radius()).isEqualTo(2));
    assertThat(t.halo().get().fill().color()).isEqualTo(Color.YELLOW);
    assertThat(t.placement()).isEqualTo(new LabelPlacement.Point(0.5, 0, 0, 4, 0));
  }

  @Test
  void readsScaleDenominators() {
    UserStyle s = load("scale-rules.sld");
    assertThat(s.rules().get(0).maxScaleDenominator()).isEqualTo(20000);
    assertThat(s.rules().get(0).minScaleDenominator()).isZero();
    assertThat(s.rules().get(1).minScaleDenominator()).isEqualTo(20000);
    assertThat(s.rules().get(1).appliesAt(39_000)).isTrue();
    assertThat(s.rules().get(0).appliesAt(39_000)).isFalse();
  }

  @Test
  void readsLineFollowingVendorOption() {
    String sld =
        """
        <UserStyle xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
          <Name>roads</Name>
          <FeatureTypeStyle><Rule>
            <TextSymbolizer>
              <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
              <LabelPlacement><LinePlacement/></LabelPlacement>
              <VendorOption name="followLine">true</VendorOption>
            </TextSymbolizer>
          </Rule></FeatureTypeStyle>
        </UserStyle>
        """;
    TextSymbolizer t =
        (TextSymbolizer) parser.parse(sld).firstStyle().get().rules().get(0).symbolizers().get(0);
    assertThat(t.placement()).isEqualTo(new LabelPlacement.Line(0, true));
  }

  @Test
  void refusesDoctypeAndExternalEntities() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/sld/xxe.sld")) {
      assertThatThrownBy(() -> parser.parse(in))
          .isInstanceOf(SldParseException.class)
          .hasMessageContaining("DOCTYPE")
          .satisfies(e -> assertThat(((SldParseException) e).line()).isBetween(2, 4));
    }
  }

  @Test
  void reportsErrorsWithLineAndColumn() {
    String sld =
        """
        <StyledLayerDescriptor xmlns="http://www.opengis.net/sld">
          <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
            <PointSymbolizer><Graphic><Mark>
              <WellKnownName>hexagon</WellKnownName>
            </Mark></Graphic></PointSymbolizer>
          </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
        </StyledLayerDescriptor>
        """;
    assertThatThrownBy(() -> parser.parse(sld))
        .isInstanceOfSatisfying(
            SldParseException.class,
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.code()).isEqualTo("INVALID_STYLE");
            })
        .hasMessageContaining("hexagon")
        .hasMessageContaining("line 4");
  }

  @Test
  void reportsMalformedXmlAndBadNumbers() {
    assertThatThrownBy(() -> parser.parse("<StyledLayerDescriptor><NamedLayer>"))
        .isInstanceOf(SldParseException.class)
        .hasMessageContaining("malformed XML");
    String badSize =
        """
        <UserStyle><FeatureTypeStyle><Rule><PointSymbolizer><Graphic>
        <Size>big</Size></Graphic></PointSymbolizer></Rule></FeatureTypeStyle></UserStyle>
        """;
    assertThatThrownBy(() -> parser.parse(badSize))
        .isInstanceOf(SldParseException.class)
        .hasMessageContaining("'big' is not a number")
        .hasMessageContaining("line 2");
  }

  @Test
  void refusesUnsupportedFilterOperators() {
    String sld =
        """
        <UserStyle xmlns:ogc="http://www.opengis.net/ogc"><FeatureTypeStyle><Rule>
          <ogc:Filter><ogc:BBOX><ogc:PropertyName>geom</ogc:PropertyName></ogc:BBOX></ogc:Filter>
        </Rule></FeatureTypeStyle></UserStyle>
        """;
    assertThatThrownBy(() -> parser.parse(sld))
        .isInstanceOf(SldParseException.class)
        .hasMessageContaining("unsupported filter operator BBOX");
  }

  @Test
  void limitsDocumentSizeAndElements() {
    StringBuilder big = new StringBuilder("<UserStyle>");
    big.append("<!--").append("x".repeat(2_000)).append("-->");
    big.append("</UserStyle>");
    assertThatThrownBy(() -> new SldParser(1_000, 100, 10).parse(big.toString()))
        .isInstanceOf(SldParseException.class)
        .hasMessageContaining("1000 bytes");
    String deep = "<a>".repeat(20) + "</a>".repeat(20);
    assertThatThrownBy(() -> new SldParser(10_000, 100, 10).parse(deep))
        .isInstanceOf(SldParseException.class)
        .hasMessageContaining("deeper than 10");
  }
}
