package cn.onemap.ogc.wms;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.tiles.render.RenderBudget;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 20 at the WMS: GetMap sizes per caller class, and admission by the render budget
 * (queue, then 503 with Retry-After in the WMS exception format), on a real H2GIS store.
 */
class WmsRenderBudgetTest {
  private static final long MIB = 1 << 20;
  static RenderBudget budget = new RenderBudget(4 * MIB, 2, Duration.ofMillis(300));
  static RenderBudget stripBudget = new RenderBudget(20 * MIB, 2, Duration.ofMillis(300));
  static WmsFixture wms;
  static WmsFixture original;

  @BeforeAll
  static void setUp() {
    wms = new WmsFixture(WmsConfig.defaults().withMaxSize(1024, 1024).withRendering(256, budget));
    original = wms;
  }

  @AfterAll
  static void tearDown() {
    original.close();
  }

  static final AccessPolicy SIGNED_IN =
      new AccessPolicy() {
        final AccessPolicy reader = TestLayers.reader(false);

        @Override
        public boolean canRead(LayerDefinition layer) {
          return reader.canRead(layer);
        }

        @Override
        public boolean canEdit(LayerDefinition layer) {
          return false;
        }

        @Override
        public String author() {
          return "user1";
        }

        @Override
        public boolean signedIn() {
          return true;
        }
      };

  private static OgcResponse map(AccessPolicy policy, int size, String... extra) {
    Map<String, String> kvp = new LinkedHashMap<>();
    kvp.putAll(
        Map.of(
            "SERVICE", "WMS",
            "VERSION", "1.3.0",
            "REQUEST", "GetMap",
            "LAYERS", "poi",
            "STYLES", "",
            "CRS", "EPSG:4490",
            "BBOX", WmsFixture.BBOX_4490_LATLON,
            "FORMAT", "image/png"));
    kvp.put("WIDTH", String.valueOf(size));
    kvp.put("HEIGHT", String.valueOf(size));
    for (int i = 0; i < extra.length; i += 2) {
      kvp.put(extra[i], extra[i + 1]);
    }
    return wms.ows.handle(OgcRequest.get(WmsFixture.BASE, "/", kvp), policy);
  }

  @Test
  void anonymousCallersGetASmallerMaximumThanSignedInOnes() {
    OgcResponse anonymous = map(AccessPolicy.anonymous(), 512);
    WmsGetMapTest.assertCode(anonymous, "InvalidParameterValue", "width");
    assertThat(body(anonymous)).contains("between 1 and 256");
    assertThat(WmsFixture.image(map(SIGNED_IN, 512)).getWidth()).isEqualTo(512);
    assertThat(WmsFixture.image(map(AccessPolicy.anonymous(), 256)).getWidth()).isEqualTo(256);
  }

  /**
   * A 3000² PNG drawn whole would need ~36 MiB (all of this 20 MiB budget); in strips it needs
   * about 7 MiB, so it is drawn while 8 MiB are taken — and a JPEG of the same size is not.
   */
  @Test
  void bigPngsAreDrawnInStripsWithinASmallBudget() throws Exception {
    try (WmsFixture big =
        new WmsFixture(
            WmsConfig.defaults().withMaxSize(3000, 3000).withRendering(3000, stripBudget))) {
      wms = big;
      try (RenderBudget.Permit held = stripBudget.acquire(8 * MIB)) {
        var img = WmsFixture.image(map(SIGNED_IN, 3000));
        assertThat(img.getWidth()).isEqualTo(3000);
        assertThat(img.getHeight()).isEqualTo(3000);
        // feature 1 is at pixel (42, 213) of 256 → (492, 2496) of 3000
        assertThat(WmsFixture.drawnNear(img, 492, 2496)).isTrue();
        OgcResponse jpeg = map(SIGNED_IN, 3000, "FORMAT", "image/jpeg");
        assertThat(jpeg.status()).as(body(jpeg)).isEqualTo(503);
      }
    } finally {
      wms = original;
    }
  }

  @Test
  void aBusyServerAnswers503WithRetryAfterInEveryExceptionMode() {
    // 1024² PNG needs ~5 MiB, more than the whole budget: it runs alone.
    assertThat(WmsFixture.image(map(SIGNED_IN, 1024)).getWidth()).isEqualTo(1024);
    try (RenderBudget.Permit held = budget.acquire(3 * MIB)) {
      for (String mode : new String[] {"XML", "INIMAGE"}) {
        OgcResponse r = map(SIGNED_IN, 512, "EXCEPTIONS", mode);
        String xml = body(r);
        assertThat(r.status()).as(xml).isEqualTo(503);
        assertThat(r.headers()).containsEntry("Retry-After", "1");
        assertThat(xml).contains("ServiceExceptionReport").contains("busy");
      }
      assertThat(budget.availableBytes()).as("refused requests hold nothing").isEqualTo(MIB);
    }
    assertThat(WmsFixture.image(map(SIGNED_IN, 512)).getWidth()).isEqualTo(512);
    assertThat(budget.availableBytes()).as("released after encoding").isEqualTo(4 * MIB);
  }
}
