package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.insert;
import static cn.onemap.tiles.render.TestLayers.pixel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.tiles.style.HeatmapSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.thematic.Palettes;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A heat map of points: three points at (60, 100) and one weighted ×3 at (140, 100). Unweighted,
 * the cluster is the hot spot (red) and the lone point cooler; weighted, both reach the top colour.
 * Nothing is drawn beyond the 20 px kernel.
 */
class HeatmapRenderTest {

  static BufferedImage render(Optional<String> weight) {
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      LayerDefinition events =
          TestLayers.create(f.store(), "events", LayerKind.EVENT, GeometryType.POINT, "w:DOUBLE");
      for (int i = 0; i < 3; i++) {
        insert(f.store(), "events", pixel(60, 100), "w", 1.0);
      }
      insert(f.store(), "events", pixel(140, 100), "w", 3.0);
      // a point just outside the image still warms its edge
      insert(f.store(), "events", pixel(205, 30), "w", 1.0);
      HeatmapSymbolizer h = new HeatmapSymbolizer(20, weight, Palettes.heat("heat"), 1);
      UserStyle style = UserStyle.of("heat", Rule.of("heat", h));
      return new MapRenderer(f.store())
          .render(
              RenderRequest.of(200, 200, VIEW, List.of(LayerRender.of(events, style)))
                  .withTransparent(true));
    }
  }

  @Test
  void theDensestPlaceIsTheTopOfTheRamp() {
    BufferedImage img = render(Optional.empty());
    assertThat(new Color(img.getRGB(60, 100), true)).isEqualTo(new Color(255, 0, 0, 255));
    Color lone = new Color(img.getRGB(140, 100), true);
    assertThat(lone.getRed()).isLessThan(200); // a third of the peak: cyan-green
    assertThat(lone.getGreen()).isGreaterThan(150);
    assertThat(img.getRGB(100, 100) >>> 24).isZero(); // 40 px from both: outside the kernels
    assertThat(img.getRGB(100, 20) >>> 24).isZero();
    assertThat(img.getRGB(199, 30) >>> 24).isPositive();
  }

  @Test
  void weightsCountAsPoints() {
    BufferedImage img = render(Optional.of("w"));
    for (int x : new int[] {60, 140}) {
      Color c = new Color(img.getRGB(x, 100), true);
      assertThat(c.getRed()).as("red at %d", x).isEqualTo(255);
      assertThat(c.getGreen()).as("green at %d", x).isLessThan(20);
    }
  }
}
