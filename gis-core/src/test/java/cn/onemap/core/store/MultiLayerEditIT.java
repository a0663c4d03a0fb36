package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.feature.LayerEdits;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link FeatureStore#applyAll}: edits of several layers commit together or not at all. */
class MultiLayerEditIT {
  private static final EditContext EDITOR = EditContext.by("editor", "WFS-T");

  @ParameterizedTest
  @EnumSource(Backend.class)
  void editsOfTwoLayersCommitInOneTransaction(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      LayerDefinition valves = Layers.valves();
      store.createLayer(valves);
      store.createLayer(Layers.parcels());
      store.apply(
          "water_valves",
          List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "JS001"))),
          EDITOR);

      List<EditResult> results =
          store.applyAll(
              List.of(
                  new LayerEdits(
                      "water_valves",
                      List.of(
                          FeatureEdit.insert(
                              "v2", Wkt.meizhouPoint(10, 10), Map.of("code", "JS002")),
                          FeatureEdit.delete("v1"))),
                  new LayerEdits(
                      "parcels",
                      List.of(
                          FeatureEdit.insert(
                              "p1",
                              Wkt.read(
                                  "MULTIPOLYGON (((116.1 24.3, 116.101 24.3, 116.101 24.301,"
                                      + " 116.1 24.301, 116.1 24.3)))"),
                              Map.of("name", "江南地块"))))),
              EDITOR);

      assertThat(results).hasSize(2);
      assertThat(results.get(0).insertedIds()).containsExactly("v2");
      assertThat(results.get(0).deleted()).isEqualTo(1);
      assertThat(results.get(1).insertedIds()).containsExactly("p1");
      assertThat(results.get(0).timestamp()).isEqualTo(results.get(1).timestamp());
      assertThat(store.get("parcels", "p1")).isPresent();
      assertThat(store.get("water_valves", "v1")).isEmpty();
      assertThat(store.history("water_valves", "v1")).hasSize(2);
      assertThat(store.history("parcels", "p1").get(0).version().author()).isEqualTo("editor");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFailureInTheSecondLayerUndoesTheFirst(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      store.createLayer(Layers.parcels());
      assertThatThrownBy(
              () ->
                  store.applyAll(
                      List.of(
                          new LayerEdits(
                              "water_valves",
                              List.of(
                                  FeatureEdit.insert(
                                      "v9", Wkt.meizhouPoint(0, 0), Map.of("code", "JS009")))),
                          new LayerEdits(
                              "parcels",
                              // a parcel without its required name
                              List.of(
                                  FeatureEdit.insert(
                                      "p9",
                                      Wkt.read(
                                          "MULTIPOLYGON (((116.1 24.3, 116.101 24.3, 116.101"
                                              + " 24.301, 116.1 24.301, 116.1 24.3)))"),
                                      Map.of())))),
                      EDITOR))
          .isInstanceOf(cn.onemap.core.GisException.class);
      assertThat(store.get("water_valves", "v9")).isEmpty();
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isZero();
    }
  }
}
