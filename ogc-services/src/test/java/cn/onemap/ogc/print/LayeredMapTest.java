package cn.onemap.ogc.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.render.MapRenderer;
import cn.onemap.tiles.render.RenderLimits;
import cn.onemap.tiles.style.DefaultStyles;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The print's map: layers drawn by the WMS renderer, each with its opacity, on the background. */
class LayeredMapTest {
  static StoreFixture fixture;
  static LayerDefinition parcels;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    parcels =
        LayerDefinition.of("parcels", "地块", LayerKind.THEMATIC, GeometryType.POLYGON, List.of());
    fixture.store().createLayer(parcels);
    fixture
        .store()
        .apply(
            "parcels",
            List.of(
                FeatureEdit.insert(
                    "p1",
                    Wkt.read("POLYGON ((116 24, 117 24, 117 25, 116 25, 116 24))"),
                    Map.of())),
            EditContext.by("test"));
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  static int centre(double opacity, Color background) {
    LayerRender parcel = LayerRender.of(parcels, DefaultStyles.forLayer(parcels));
    var map =
        new LayeredMap(
            new MapRenderer(fixture.store()),
            List.of(new LayeredMap.Part(parcel, opacity)),
            "EPSG:4490",
            RenderLimits.DEFAULT,
            background);
    BufferedImage img = map.render(40, 40, new Envelope(115.5, 117.5, 23.5, 25.5), 150);
    return img.getRGB(20, 20);
  }

  @Test
  void aLayerIsLaidOverTheBackgroundWithItsOpacity() {
    Color full = new Color(centre(1, Color.WHITE));
    Color half = new Color(centre(0.5, Color.WHITE));
    Color none = new Color(centre(0, Color.WHITE));
    assertThat(none).isEqualTo(Color.WHITE);
    assertThat(full).isNotEqualTo(Color.WHITE);
    // half-way between the layer's fill and white, channel by channel (±2 for rounding)
    assertThat(half.getRed())
        .isBetween((full.getRed() + 255) / 2 - 2, (full.getRed() + 255) / 2 + 2);
    assertThat(half.getBlue())
        .isBetween((full.getBlue() + 255) / 2 - 2, (full.getBlue() + 255) / 2 + 2);
    Color ground = new Color(0x2e, 0x3a, 0x2c);
    assertThat(new Color(centre(0, ground))).isEqualTo(ground);
  }
}
