package cn.onemap.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import cn.onemap.ogc.wfs.WfsConfig;
import cn.onemap.ogc.wfs.WfsService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The test city of {@link TestLayers} behind a dispatcher with WFS and WMS, plus one edit: feature
 * 2 ({@code 客都大道}, at 116.12 24.30, the centre of {@link #BBOX_4490_LATLON}) was moved away after
 * {@link #beforeMove}, so TIME=beforeMove shows it at the centre and the present state does not.
 *
 * <p>A public, unversioned layer {@code grid} (UNIT_GRID: outlines only) holds one cell whose east
 * edge is lon 116.12 (pixel column 128).
 *
 * <pre>
 *   256 × 256 px over lon 116.09..116.15, lat 24.27..24.33
 *   b(2, before the move) at pixel (128, 128); a(1) at (42, 213); c(3) at (213, 42)
 * </pre>
 */
final class WmsFixture implements AutoCloseable {
  static final String BASE = "http://test/ows";
  static final AccessPolicy READER = TestLayers.reader(false);
  static final String BBOX_4490_LATLON = "24.27,116.09,24.33,116.15";
  static final String BBOX_LONLAT = "116.09,24.27,116.15,24.33";

  final StoreFixture fixture;
  final OwsDispatcher ows;
  final Instant beforeMove;

  WmsFixture() {
    this(WmsConfig.defaults().withMaxSize(2048, 2048));
  }

  WmsFixture(WmsConfig config) {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    sleep();
    beforeMove = Instant.now();
    sleep();
    fixture
        .store()
        .apply(
            "poi",
            List.of(
                FeatureEdit.update(
                    "2", Wkt.read("POINT (116.145 24.275)"), Map.of("name", "客都大道", "level", 2))),
            EditContext.by("test"));
    fixture
        .store()
        .createLayer(
            new LayerDefinition(
                "grid",
                "单元网格",
                LayerKind.UNIT_GRID,
                GeometryType.POLYGON,
                List.of(AttributeDefinition.optional("code", AttributeType.STRING, "网格编码")),
                AccessLevel.PUBLIC,
                false,
                null));
    fixture
        .store()
        .apply(
            "grid",
            List.of(
                FeatureEdit.insert(
                    "g1",
                    Wkt.read(
                        "POLYGON ((116.09 24.27, 116.12 24.27, 116.12 24.33, 116.09 24.33,"
                            + " 116.09 24.27))"),
                    Map.of("code", "441402001"))),
            EditContext.by("test"));
    ows =
        new OwsDispatcher(
            List.of(
                WfsService.descriptor(fixture.store(), WfsConfig.defaults()),
                WmsService.descriptor(fixture.store(), config)));
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The 4548 (GK CM 117°E) box of the same size centred on the projected centre point. */
  static double[] box4548() {
    double[] c = Transforms.get("EPSG:4490", "EPSG:4548").transform(116.12, 24.30);
    double[] lo = Transforms.get("EPSG:4490", "EPSG:4548").transform(116.09, 24.27);
    double[] hi = Transforms.get("EPSG:4490", "EPSG:4548").transform(116.15, 24.33);
    double hw = (hi[0] - lo[0]) / 2;
    double hh = (hi[1] - lo[1]) / 2;
    return new double[] {c[0] - hw, c[1] - hh, c[0] + hw, c[1] + hh};
  }

  OgcResponse get(String version, String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("SERVICE", "WMS");
    m.put("VERSION", version);
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return ows.handle(OgcRequest.get(BASE, "/", m), READER);
  }

  /** An XML POST (e.g. an SLD-encoded GetMap) to the WMS mount (which adds SERVICE=WMS). */
  OgcResponse post(String xml) {
    return ows.handle(
        OgcRequest.post(
            BASE,
            "/",
            Map.of("SERVICE", "WMS"),
            new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "application/xml"),
        READER);
  }

  /** GetMap 1.3.0 of the poi layer, 256×256 transparent PNG, plus extra parameters. */
  OgcResponse map(String crs, String bbox, String... extra) {
    String[] kv = {
      "REQUEST",
      "GetMap",
      "LAYERS",
      "poi",
      "STYLES",
      "",
      "CRS",
      crs,
      "BBOX",
      bbox,
      "WIDTH",
      "256",
      "HEIGHT",
      "256",
      "FORMAT",
      "image/png",
      "TRANSPARENT",
      "TRUE"
    };
    String[] all = new String[kv.length + extra.length];
    System.arraycopy(kv, 0, all, 0, kv.length);
    System.arraycopy(extra, 0, all, kv.length, extra.length);
    return get("1.3.0", all);
  }

  static byte[] bytes(OgcResponse r) {
    var out = new ByteArrayOutputStream();
    try {
      r.body().writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static BufferedImage image(OgcResponse r) {
    byte[] b = bytes(r);
    assertThat(r.status())
        .as(new String(b, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(b));
      assertThat(img).as("decodable image").isNotNull();
      return img;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int alpha(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) >>> 24;
  }

  /** Whether any pixel within 2 px of (x, y) is opaque. */
  static boolean drawnNear(BufferedImage img, int x, int y) {
    for (int dx = -2; dx <= 2; dx++) {
      for (int dy = -2; dy <= 2; dy++) {
        if (alpha(img, x + dx, y + dy) > 200) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void close() {
    fixture.close();
  }
}
