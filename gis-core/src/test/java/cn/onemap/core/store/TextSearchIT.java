package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Text search over the valves' codes and materials and the parcels' names. */
class TextSearchIT {
  @ParameterizedTest
  @EnumSource(Backend.class)
  void findsBySubstringCaseInsensitiveBestFirstAcrossLayers(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      var store = f.store();
      store.createLayer(Layers.valves());
      store.apply(
          "water_valves",
          List.of(
              FeatureEdit.insert(
                  "v1", Wkt.meizhouPoint(0, 0), Map.of("code", "JS-100%", "material", "PE")),
              FeatureEdit.insert("v2", Wkt.meizhouPoint(0.001, 0), Map.of("code", "js-1")),
              FeatureEdit.insert("v3", Wkt.meizhouPoint(0.002, 0), Map.of("code", "XJS-1"))),
          EditContext.by("loader"));
      var search = new TextSearch(store);
      var layers = List.of(store.requireLayer("water_valves"));

      var hits = search.search(layers, "JS-1", 10, 10);
      assertThat(hits).extracting(h -> h.feature().id()).containsExactly("v2", "v1", "v3");
      assertThat(hits.get(0).attribute()).isEqualTo("code");
      assertThat(hits.get(0).value()).isEqualTo("js-1");
      // LIKE's own wildcards in the text are literals: '%' matches only a '%'.
      assertThat(search.search(layers, "0%", 10, 10))
          .extracting(h -> h.feature().id())
          .containsExactly("v1");
      assertThat(search.search(layers, "_", 10, 10)).isEmpty();
      assertThat(search.search(layers, "v3", 10, 10))
          .extracting(TextSearch.Hit::attribute)
          .containsExactly("fid");
      assertThat(search.search(layers, "JS", 10, 2)).hasSize(2);
      assertThatThrownBy(() -> search.search(layers, "  ", 10, 10))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> search.search(layers, "x".repeat(101), 10, 10))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
