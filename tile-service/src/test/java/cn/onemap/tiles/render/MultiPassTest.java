package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.pixel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.style.WellKnownMark;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Styles with several feature-type-style passes: every pass draws over the previous one for all
 * features, whether the layer's features are kept between passes or (beyond {@link
 * MapRenderer#MAX_KEPT}) read again.
 */
class MultiPassTest {
  /** Pass 1: blue 10 px squares; pass 2: red 4 px squares on top. */
  static final UserStyle TWO_PASSES =
      new UserStyle(
          "two",
          "two passes",
          List.of(
              new FeatureTypeStyle(List.of(Rule.of("under", square(Color.BLUE, 10)))),
              new FeatureTypeStyle(List.of(Rule.of("over", square(Color.RED, 4))))));

  static PointSymbolizer square(Color c, double size) {
    return new PointSymbolizer(Graphic.of(Mark.of(WellKnownMark.SQUARE, Fill.of(c), null), size));
  }

  static void assertBothPassesDrawn(BufferedImage img) {
    for (int[] p : new int[][] {{50, 50}, {150, 150}}) {
      assertThat(new Color(img.getRGB(p[0], p[1]))).isEqualTo(Color.RED);
      assertThat(new Color(img.getRGB(p[0] + 4, p[1]))).isEqualTo(Color.BLUE);
    }
    assertThat(new Color(img.getRGB(100, 100))).isEqualTo(Color.WHITE);
  }

  static BufferedImage render(int stacked) {
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      LayerDefinition layer =
          TestLayers.create(f.store(), "stack", LayerKind.THEMATIC, GeometryType.POINT, "kind");
      List<FeatureEdit> edits = new ArrayList<>();
      for (int i = 0; i < stacked; i++) {
        edits.add(FeatureEdit.insert(Wkt.read(pixel(50, 50)), Map.of("kind", "a")));
      }
      edits.add(FeatureEdit.insert(Wkt.read(pixel(150, 150)), Map.of("kind", "b")));
      f.store().apply("stack", edits, EditContext.by("test"));
      return new MapRenderer(f.store())
          .render(RenderRequest.of(200, 200, VIEW, List.of(LayerRender.of(layer, TWO_PASSES))));
    }
  }

  @Test
  void featuresKeptForTheSecondPass() {
    assertBothPassesDrawn(render(3));
  }

  @Test
  void tooManyToKeepAreReadAgain() {
    assertBothPassesDrawn(render(MapRenderer.MAX_KEPT + 5));
  }
}
