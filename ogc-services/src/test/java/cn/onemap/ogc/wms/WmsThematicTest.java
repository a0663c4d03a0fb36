package cn.onemap.ogc.wms;

import static cn.onemap.ogc.TestLayers.body;
import static cn.onemap.ogc.wms.WmsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.tiles.sld.SldWriter;
import cn.onemap.tiles.thematic.ThematicSpec;
import cn.onemap.tiles.thematic.ThematicStyles;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thematic styles by name ({@code STYLES=thematic-…}) and as SLD_BODY: the poi layer's three points
 * (level 1, 2 (moved away), 3) as a heat map and in graduated classes, and their legends.
 */
class WmsThematicTest {
  static WmsFixture wms;

  @BeforeAll
  static void setUp() {
    wms = new WmsFixture();
  }

  @AfterAll
  static void tearDown() {
    wms.close();
  }

  static boolean any(BufferedImage img, java.util.function.Predicate<Color> p) {
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (p.test(new Color(img.getRGB(x, y), true))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void heatMapByNameIsRedAtThePointsAndClearBetween() {
    BufferedImage img =
        image(wms.map("EPSG:4490", BBOX_4490_LATLON, "STYLES", "thematic-heat-20-heat"));
    Color at = new Color(img.getRGB(42, 213), true);
    assertThat(at.getRed()).isGreaterThan(230);
    assertThat(at.getGreen()).isLessThan(60);
    assertThat(alpha(img, 128, 128)).isZero();
    assertThat(alpha(img, 42, 150)).isZero(); // 63 px away: beyond the 20 px kernel
  }

  @Test
  void graduatedClassesAreDrawnAndLegended() {
    String style = "thematic-graduated-level-equal-2-reds";
    BufferedImage img = image(wms.map("EPSG:4490", BBOX_4490_LATLON, "STYLES", style));
    assertThat(drawnNear(img, 42, 213)).isTrue();
    BufferedImage legend =
        image(wms.get("1.3.0", "REQUEST", "GetLegendGraphic", "LAYER", "poi", "STYLE", style));
    // two classes of the level (1 – 2, 2 – 3): two rows
    assertThat(legend.getHeight()).isBetween(40, 60);
    assertThat(any(legend, c -> c.getRed() > 150 && c.getGreen() < 120)).isTrue();
  }

  @Test
  void theGeneratedSldIsUnderstoodAsSldBody() {
    var store = wms.fixture.store();
    var thematic =
        new ThematicStyles(store)
            .make(
                store.layer("poi").orElseThrow(),
                ThematicSpec.category("level", "tableau"),
                java.util.Optional.empty());
    String sld = SldWriter.write("poi", thematic.style());
    BufferedImage img = image(wms.map("EPSG:4490", BBOX_4490_LATLON, "SLD_BODY", sld));
    // level 1 is the first category: Tableau blue #4E79A7
    Color c = new Color(img.getRGB(42, 213), true);
    assertThat(c.getBlue()).isGreaterThan(c.getRed() + 40);
  }

  @Test
  void badThematicNamesAreStyleNotDefined() {
    OgcResponse r =
        wms.map("EPSG:4490", BBOX_4490_LATLON, "STYLES", "thematic-category-nope-tableau");
    WmsGetMapTest.assertCode(r, "StyleNotDefined", "styles");
    assertThat(body(r)).contains("no attribute 'nope'");
    WmsGetMapTest.assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "STYLES", "thematic-pie"),
        "StyleNotDefined",
        "styles");
  }
}
