package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.insert;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An SE 1.1 document with Like, Between, Or, Not and IsNull filters styling a pipe layer. */
class SldStyledLayerTest {

  @Test
  void sldFiltersPickTheSymbolizers() {
    try (StoreFixture fixture = StoreFixture.open(Backend.H2GIS)) {
      var store = fixture.store();
      LayerDefinition pipes =
          TestLayers.create(
              store,
              "pipes",
              LayerKind.PIPELINE,
              GeometryType.LINESTRING,
              "category",
              "diameter:INTEGER");
      Object[][] rows = {
        {"JS", 500}, // large water main: cyan 6 px
        {"JS", 100}, // small water pipe: no rule
        {"PS", 800}, // drainage: brown
        {"RQ", 200}, // gas via Not(NotEqualTo): brown
        {"DL", null}, // unknown diameter: red
      };
      for (int i = 0; i < rows.length; i++) {
        double y = TestLayers.lat(30 + 35 * i);
        String wkt =
            "LINESTRING ("
                + TestLayers.lon(20)
                + " "
                + y
                + ", "
                + TestLayers.lon(180)
                + " "
                + y
                + ")";
        if (rows[i][1] == null) {
          insert(store, "pipes", wkt, "category", rows[i][0]);
        } else {
          insert(store, "pipes", wkt, "category", rows[i][0], "diameter", rows[i][1]);
        }
      }
      BufferedImage img =
          new MapRenderer(store)
              .render(
                  RenderRequest.of(
                      200,
                      200,
                      VIEW,
                      List.of(LayerRender.of(pipes, TestStyles.load("pipes-se.sld")))));
      GoldenImage.assertMatches("sld-pipes", img);
      assertThat(new Color(img.getRGB(100, 30))).isEqualTo(Color.CYAN);
      assertThat(new Color(img.getRGB(100, 32))).isEqualTo(Color.CYAN); // 6 px wide
      assertThat(new Color(img.getRGB(100, 65))).isEqualTo(Color.WHITE);
      assertThat(new Color(img.getRGB(100, 100))).isEqualTo(new Color(0x8B4513));
      assertThat(new Color(img.getRGB(100, 135))).isEqualTo(new Color(0x8B4513));
      assertThat(new Color(img.getRGB(100, 170))).isEqualTo(Color.RED);
    }
  }
}
