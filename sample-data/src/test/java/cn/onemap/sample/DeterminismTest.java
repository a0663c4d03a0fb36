package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.FeatureEdit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  @Test
  void twoIndependentBuildsGiveTheSameFeatures() throws Exception {
    String first = digest(SmallCity.city());
    String second = digest(SampleCity.of(CitySize.SMALL));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void streamingALayerTwiceGivesTheSameFeatures() throws Exception {
    LayerSource parts =
        SmallCity.city().layers().stream()
            .filter(l -> l.id().equals("city_parts"))
            .findFirst()
            .orElseThrow();
    assertThat(digest(parts.features().get())).isEqualTo(digest(parts.features().get()));
  }

  /** SHA-256 over every feature's id, WKT and attributes (sorted by name), layer by layer. */
  static String digest(SampleCity city) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (LayerSource layer : city.layers()) {
      md.update(layer.id().getBytes(StandardCharsets.UTF_8));
      md.update(digest(layer.features().get()).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  static String digest(Iterator<FeatureEdit.Insert> features) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    while (features.hasNext()) {
      FeatureEdit.Insert f = features.next();
      Map<String, Object> sorted = new TreeMap<>(f.attributes());
      String line = f.id().orElse("") + "|" + f.geometry().toText() + "|" + sorted + "\n";
      md.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
