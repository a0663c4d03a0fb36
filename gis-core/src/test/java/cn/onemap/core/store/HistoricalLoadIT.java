package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.feature.LayerEdits;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Historical loads: an edit batch or bulk load valid from an instant in the past appends history as
 * of then (as-of queries, history, change log all see it), and one that would rewrite history or
 * lies in the future is refused with nothing written.
 */
class HistoricalLoadIT {
  private static final Instant Y2016 = Instant.parse("2016-01-01T00:00:00Z");
  private static final Instant Y2019 = Instant.parse("2019-05-01T00:00:00Z");
  private static final Instant Y2021 = Instant.parse("2021-03-01T00:00:00Z");

  private static Map<String, Object> valve(String code, Integer diameter) {
    var m = new HashMap<String, Object>();
    m.put("code", code);
    m.put("diameter", diameter);
    return m;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aBulkLoadAndEditsValidFromThePastAreHistoryAsOfThen(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      long loaded =
          store.bulkInsert(
              "water_valves",
              List.of(
                      FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), valve("JS001", 300)),
                      FeatureEdit.insert("v2", Wkt.meizhouPoint(0.0010, 0), valve("JS002", 200)))
                  .iterator(),
              EditContext.by("steward", "2016年普查成果入库").validFrom(Y2016),
              n -> {});
      assertThat(loaded).isEqualTo(2);
      long before = store.layerVersion("water_valves");
      store.apply(
          "water_valves",
          List.of(
              FeatureEdit.update("v1", null, Map.of("diameter", 400)), FeatureEdit.delete("v2")),
          EditContext.by("steward", "2019年改造").validFrom(Y2019));

      assertThat(store.get("water_valves", "v1", Y2016.plusSeconds(1)).orElseThrow().attributes())
          .containsEntry("diameter", 300);
      assertThat(store.get("water_valves", "v1", Y2021).orElseThrow().attributes())
          .containsEntry("diameter", 400);
      assertThat(store.get("water_valves", "v2", Y2016.plusSeconds(1))).isPresent();
      assertThat(store.get("water_valves", "v2", Y2021)).isEmpty();
      assertThat(store.count(FeatureQuery.layer("water_valves").asOf(Y2016).build())).isEqualTo(2);
      assertThat(
              store.count(FeatureQuery.layer("water_valves").asOf(Y2016.minusSeconds(1)).build()))
          .isZero();
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isEqualTo(1);

      List<Feature> history = store.history("water_valves", "v1");
      assertThat(history).hasSize(2);
      assertThat(history.get(0).version().validFrom()).isEqualTo(Y2016);
      assertThat(history.get(0).version().author()).isEqualTo("steward");
      assertThat(history.get(0).version().reason()).contains("2016年普查成果入库");
      assertThat(history.get(1).version().validFrom()).isEqualTo(Y2019);
      assertThat(history.get(1).version().reason()).contains("2019年改造");

      List<StoreChange> changes = store.changesSince("water_valves", before, 100);
      assertThat(changes).hasSize(2).allSatisfy(c -> assertThat(c.validFrom()).isEqualTo(Y2019));
      assertThat(store.changesSince("water_valves", 0, 100))
          .filteredOn(c -> c.kind() == StoreChange.Kind.BATCH)
          .singleElement()
          .satisfies(c -> assertThat(c.validFrom()).isEqualTo(Y2016));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aLoadThatWouldRewriteHistoryIsRefusedAndWritesNothing(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      store.apply(
          "water_valves",
          List.of(
              FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), valve("JS001", 300)),
              FeatureEdit.insert("v2", Wkt.meizhouPoint(0.0010, 0), valve("JS002", 200))),
          EditContext.by("steward").validFrom(Y2019));
      long version = store.layerVersion("water_valves");

      // v1 is fine on its own (2021 > 2019); v2 was valid from 2019, so 2016 would rewrite it
      EditContext y2016 = EditContext.by("steward", "补录2016年").validFrom(Y2016);
      assertThatThrownBy(
              () ->
                  store.apply(
                      "water_valves",
                      List.of(
                          FeatureEdit.insert(
                              "v3", Wkt.meizhouPoint(0.0020, 0), valve("JS003", 100)),
                          FeatureEdit.delete("v2")),
                      y2016))
          .isInstanceOf(HistoryRewriteException.class)
          .hasMessageContaining("v2")
          .hasMessageContaining("never rewritten");
      // the same instant as the current version would give it zero length: refused too
      assertThatThrownBy(
              () ->
                  store.apply(
                      "water_valves",
                      List.of(FeatureEdit.update("v1", null, Map.of("diameter", 1))),
                      EditContext.by("steward").validFrom(Y2019)))
          .isInstanceOf(HistoryRewriteException.class);
      assertThatThrownBy(
              () ->
                  store.applyAll(
                      List.of(
                          new LayerEdits(
                              "water_valves",
                              List.of(FeatureEdit.update("v1", null, Map.of("diameter", 2))))),
                      y2016))
          .isInstanceOf(HistoryRewriteException.class);
      Instant future = Instant.now().plus(1, ChronoUnit.DAYS);
      assertThatThrownBy(
              () ->
                  store.bulkInsert(
                      "water_valves",
                      List.of(FeatureEdit.insert("v4", Wkt.meizhouPoint(0.0030, 0), valve("J4", 1)))
                          .iterator(),
                      EditContext.by("steward").validFrom(future),
                      n -> {}))
          .isInstanceOf(ValidFromException.class)
          .hasMessageContaining("future");
      assertThatThrownBy(
              () ->
                  store.apply(
                      "water_valves",
                      List.of(FeatureEdit.update("v1", null, Map.of("diameter", 3))),
                      EditContext.by("steward").validFrom(future)))
          .isInstanceOf(ValidFromException.class);

      assertThat(store.layerVersion("water_valves")).isEqualTo(version);
      assertThat(store.get("water_valves", "v3")).isEmpty();
      assertThat(store.get("water_valves", "v4")).isEmpty();
      assertThat(store.history("water_valves", "v1")).hasSize(1);
      assertThat(store.history("water_valves", "v2")).hasSize(1);
      assertThat(store.get("water_valves", "v1").orElseThrow().attributes())
          .containsEntry("diameter", 300);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aBulkLoadOfDatedRecordsTakesEachFeaturesValidFromFromItsAttribute(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      Map<String, Object> a = valve("J1", 1);
      a.put("inspected", "2024-11-02T09:30:00+08:00");
      Map<String, Object> b = valve("J2", 2);
      b.put("inspected", "2025-06-01T10:00:00+08:00");
      EditContext dated = EditContext.by("steward", "案件入库").validFromAttribute("inspected");
      store.bulkInsert(
          "water_valves",
          List.of(
                  FeatureEdit.insert("a", Wkt.meizhouPoint(0, 0), a),
                  FeatureEdit.insert("b", Wkt.meizhouPoint(0.005, 0), b))
              .iterator(),
          dated,
          n -> {});
      assertThat(store.history("water_valves", "a").get(0).version().validFrom())
          .isEqualTo(Instant.parse("2024-11-02T01:30:00Z"));
      assertThat(store.count(FeatureQuery.layer("water_valves").asOf(Y2021).build())).isZero();
      assertThat(
              store.count(
                  FeatureQuery.layer("water_valves")
                      .asOf(Instant.parse("2025-01-01T00:00:00Z"))
                      .build()))
          .isEqualTo(1);
      assertThat(store.changesSince("water_valves", 1, 10))
          .singleElement()
          .satisfies(
              c -> assertThat(c.validFrom()).isEqualTo(Instant.parse("2024-11-02T01:30:00Z")));

      Map<String, Object> undated = valve("J3", 3);
      assertThatThrownBy(
              () ->
                  store.bulkInsert(
                      "water_valves",
                      List.of(FeatureEdit.insert("c", Wkt.meizhouPoint(0.009, 0), undated))
                          .iterator(),
                      dated,
                      n -> {}))
          .isInstanceOf(ValidFromException.class);
      assertThat(store.get("water_valves", "c")).isEmpty();
      assertThatThrownBy(() -> store.apply("water_valves", List.of(FeatureEdit.delete("a")), dated))
          .isInstanceOf(ValidFromException.class);
    }
  }
}
