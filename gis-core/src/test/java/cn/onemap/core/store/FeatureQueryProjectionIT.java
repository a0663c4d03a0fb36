package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.UnknownPropertyException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Projections (read only some attributes) and the envelope-only bbox test. */
class FeatureQueryProjectionIT {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void projectionReadsOnlyTheNamedAttributes(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      f.store().createLayer(Layers.valves());
      f.store()
          .apply(
              "water_valves",
              List.of(
                  FeatureEdit.insert(
                      "v-1",
                      Wkt.meizhouPoint(0, 0),
                      Map.of("code", "JS-1", "diameter", 300, "material", "PE", "depth", 1.5))),
              EditContext.by("loader"));
      FeatureQuery q =
          FeatureQuery.layer("water_valves")
              .properties(List.of("depth", "fid", "geom", "diameter"))
              .ecql("material = 'PE'") // filters may use attributes outside the projection
              .build();
      try (FeatureCursor c = f.store().query(q)) {
        List<Feature> all = c.stream().toList();
        assertThat(all).hasSize(1);
        Feature v = all.get(0);
        assertThat(v.attributes())
            .containsExactly(Map.entry("diameter", 300), Map.entry("depth", 1.5));
        assertThat(v.id()).isEqualTo("v-1");
        assertThat(v.geometry()).contains(Wkt.meizhouPoint(0, 0));
        assertThat(v.version().author()).isEqualTo("loader");
      }
      FeatureQuery none = FeatureQuery.layer("water_valves").properties(List.of()).build();
      try (FeatureCursor c = f.store().query(none)) {
        assertThat(c.next().attributes()).isEmpty();
      }
      assertThatThrownBy(
              () ->
                  f.store()
                      .query(
                          FeatureQuery.layer("water_valves").properties(List.of("nope")).build()))
          .isInstanceOf(UnknownPropertyException.class)
          .hasMessageContaining("nope");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void envelopeOnlyKeepsFeaturesWhoseEnvelopeTouchesTheBbox(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      f.store().createLayer(Layers.parcels());
      // a thin diagonal triangle: its envelope covers the bbox in the lower right, it does not
      f.store()
          .apply(
              "parcels",
              List.of(
                  FeatureEdit.insert(
                      "diagonal",
                      Wkt.read(
                          "MULTIPOLYGON (((116.0 24.0, 116.1 24.1, 116.0 24.001, 116.0 24.0)))"),
                      Map.of("name", "斜带"))),
              EditContext.by("loader"));
      FeatureQuery.Builder q = FeatureQuery.layer("parcels").bbox(116.08, 24.0, 116.1, 24.02);
      assertThat(f.store().count(q.build())).isZero();
      assertThat(f.store().count(q.envelopeOnly(true).build())).isEqualTo(1);
      try (FeatureCursor c = f.store().query(q.build())) {
        assertThat(c.next().id()).isEqualTo("diagonal");
      }
    }
  }
}
