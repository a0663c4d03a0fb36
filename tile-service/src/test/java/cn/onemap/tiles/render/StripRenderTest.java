package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.insert;
import static cn.onemap.tiles.render.TestLayers.lat;
import static cn.onemap.tiles.render.TestLayers.lon;
import static cn.onemap.tiles.render.TestLayers.pixel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.tiles.image.PngEncoder;
import cn.onemap.tiles.style.DefaultStyles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Strip rendering (issue 9 item 20): a map drawn as horizontal strips and streamed into the PNG
 * encoder equals the map drawn whole, so big images need never exist as one canvas.
 */
class StripRenderTest {
  static StoreFixture fixture;
  static MapRenderer renderer;
  static List<LayerRender> layers;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    var store = fixture.store();
    renderer = new MapRenderer(store);
    LayerDefinition parcels =
        TestLayers.create(store, "parcels", LayerKind.THEMATIC, GeometryType.POLYGON, "name");
    insert(
        store,
        "parcels",
        "POLYGON (("
            + lon(20)
            + " "
            + lat(30)
            + ", "
            + lon(170)
            + " "
            + lat(30)
            + ", "
            + lon(150)
            + " "
            + lat(180)
            + ", "
            + lon(20)
            + " "
            + lat(30)
            + "))",
        "name",
        "地块");
    LayerDefinition roads =
        TestLayers.create(store, "roads", LayerKind.BASE, GeometryType.LINESTRING, "name");
    insert(
        store,
        "roads",
        "LINESTRING (" + lon(5) + " " + lat(195) + ", " + lon(195) + " " + lat(5) + ")",
        "name",
        "大道");
    LayerDefinition poi =
        TestLayers.create(store, "poi", LayerKind.THEMATIC, GeometryType.POINT, "name");
    for (int i = 10; i < 200; i += 37) {
      insert(store, "poi", pixel(i, i * 0.7 + 20), "name", "点" + i);
    }
    layers = new ArrayList<>();
    for (LayerDefinition l : List.of(parcels, roads, poi)) {
      layers.add(LayerRender.of(l, DefaultStyles.forLayer(l)));
    }
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  @Test
  void stripsStreamedIntoThePngEncoderEqualTheWholeMap() throws Exception {
    RenderRequest request = RenderRequest.of(200, 200, VIEW, layers).withTransparent(true);
    BufferedImage whole = renderer.render(request);

    ByteArrayOutputStream png = new ByteArrayOutputStream();
    PngEncoder.Rows rows = new PngEncoder.Rows(png, 200, 200, true);
    List<Integer> tops = new ArrayList<>();
    renderer.renderStrips(
        request,
        37,
        (strip, top) -> {
          assertThat(strip.getWidth()).isEqualTo(200);
          assertThat(strip.getHeight()).isLessThanOrEqualTo(37);
          tops.add(top);
          rows.append(strip);
        });
    rows.finish();
    assertThat(tops).containsExactly(0, 37, 74, 111, 148, 185);

    BufferedImage striped = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    assertThat(striped.getWidth()).isEqualTo(200);
    assertThat(striped.getHeight()).isEqualTo(200);
    int drawn = 0;
    int differing = 0;
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        int a = whole.getRGB(x, y);
        int b = striped.getRGB(x, y);
        drawn += (a >>> 24) > 0 ? 1 : 0;
        if (maxChannelDifference(a, b) > 48) {
          differing++;
        }
      }
    }
    assertThat(drawn).as("the map has content").isGreaterThan(2000);
    // Labels are placed per strip, so a label on a strip edge may differ; the rest is identical.
    assertThat(differing).as("pixels that differ").isLessThan(200 * 200 / 50);
  }

  @Test
  void thePngOfOneBandEqualsThePngOfTheImage() throws Exception {
    BufferedImage whole = renderer.render(RenderRequest.of(120, 80, VIEW, layers));
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    PngEncoder.write(whole, a);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    PngEncoder.Rows rows = new PngEncoder.Rows(b, 120, 80, false);
    rows.append(whole.getSubimage(0, 0, 120, 30));
    rows.append(whole.getSubimage(0, 30, 120, 50));
    rows.finish();
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
  }

  private static int maxChannelDifference(int a, int b) {
    int max = 0;
    for (int shift = 0; shift < 32; shift += 8) {
      max = Math.max(max, Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)));
    }
    return max;
  }
}
