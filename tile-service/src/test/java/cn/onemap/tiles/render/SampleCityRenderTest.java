package cn.onemap.tiles.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.sample.CitySize;
import cn.onemap.sample.ProgressListener;
import cn.onemap.sample.SampleCity;
import cn.onemap.tiles.image.ImageEncoder;
import cn.onemap.tiles.image.ImageFormat;
import cn.onemap.tiles.style.DefaultStyles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * Every layer of the small sample city with its default style, in CGCS2000 and in the city's GK
 * zone: a smoke test on realistic data (no golden image: the generator may evolve). Base layers are
 * drawn first, then the rest in catalog order.
 */
class SampleCityRenderTest {

  @Test
  void rendersTheWholeSampleCity(@TempDir Path bureau) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(Backend.H2GIS)) {
      var store = fixture.store();
      SampleCity.generate(CitySize.SMALL, store, bureau, ProgressListener.none());
      List<LayerRender> layers =
          store.layers().stream()
              .sorted(Comparator.comparing((LayerDefinition l) -> l.kind() != LayerKind.BASE))
              .map(l -> LayerRender.of(l, DefaultStyles.forLayer(l)))
              .toList();
      Envelope extent = new Envelope();
      store.layers().forEach(l -> store.extent(l.id()).ifPresent(extent::expandToInclude));
      // the central part of the city, where roads are labelled
      Envelope centre = new Envelope(extent.centre());
      centre.expandBy(extent.getWidth() / 8, extent.getHeight() / 8);
      MapRenderer renderer = new MapRenderer(store);
      BufferedImage img = renderer.render(RenderRequest.of(512, 512, centre, layers));
      assertThat(nonWhite(img)).as("something is drawn").isGreaterThan(512 * 512 / 20);

      Files.createDirectories(Path.of("target/rendering"));
      try (var out = Files.newOutputStream(Path.of("target/rendering/sample-city.png"))) {
        ImageEncoder.encode(img, ImageFormat.PNG, out);
      }
      ByteArrayOutputStream png8 = new ByteArrayOutputStream();
      ImageEncoder.encode(img, ImageFormat.PNG8, png8);
      assertThat(png8.size()).isPositive();

      BufferedImage gk =
          renderer.render(RenderRequest.of(256, 256, gkBox(centre), layers).withCrs("EPSG:4548"));
      assertThat(nonWhite(gk)).isGreaterThan(256 * 256 / 20);
    }
  }

  private static Envelope gkBox(Envelope lonLat) {
    var t = cn.onemap.core.crs.Transforms.get("EPSG:4490", "EPSG:4548");
    double[] a = t.transform(lonLat.getMinX(), lonLat.getMinY());
    double[] b = t.transform(lonLat.getMaxX(), lonLat.getMaxY());
    return new Envelope(a[0], b[0], a[1], b[1]);
  }

  private static long nonWhite(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
          n++;
        }
      }
    }
    return n;
  }
}
