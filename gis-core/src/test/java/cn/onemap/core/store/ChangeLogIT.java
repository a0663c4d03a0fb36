package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.feature.LayerEdits;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Envelope;

/** The per-layer change counter and change log, written in the transaction of every write. */
class ChangeLogIT {
  private static final EditContext EDITOR = EditContext.by("editor", "test");

  @ParameterizedTest
  @EnumSource(Backend.class)
  void everyWriteRaisesTheCounterAndLogsOldAndNewEnvelopes(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      long created = store.layerVersion("water_valves");
      assertThat(created).isPositive();
      assertThat(store.changesSince("water_valves", 0, 10))
          .extracting(StoreChange::kind)
          .containsExactly(StoreChange.Kind.LAYER);

      store.apply(
          "water_valves",
          List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "JS001"))),
          EDITOR);
      long inserted = store.layerVersion("water_valves");
      assertThat(inserted).isEqualTo(created + 1);
      StoreChange ins = store.changesSince("water_valves", created, 10).get(0);
      assertThat(ins.kind()).isEqualTo(StoreChange.Kind.FEATURE);
      assertThat(ins.featureId()).contains("v1");
      assertThat(ins.oldEnvelope()).isEmpty();
      Envelope at0 = Wkt.meizhouPoint(0, 0).getEnvelopeInternal();
      assertThat(ins.newEnvelope()).contains(at0);

      store.apply(
          "water_valves",
          List.of(FeatureEdit.update("v1", Wkt.meizhouPoint(0.05, 0.05), Map.of())),
          EDITOR);
      StoreChange moved = store.changesSince("water_valves", inserted, 10).get(0);
      assertThat(moved.oldEnvelope()).contains(at0);
      assertThat(moved.newEnvelope()).contains(Wkt.meizhouPoint(0.05, 0.05).getEnvelopeInternal());
      assertThat(moved.validFrom())
          .isEqualTo(store.get("water_valves", "v1").orElseThrow().version().validFrom());

      store.apply("water_valves", List.of(FeatureEdit.delete("v1")), EDITOR);
      StoreChange gone = store.changesSince("water_valves", moved.version(), 10).get(0);
      assertThat(gone.newEnvelope()).isEmpty();
      assertThat(gone.oldEnvelope()).contains(Wkt.meizhouPoint(0.05, 0.05).getEnvelopeInternal());

      store.alterLayer("water_valves", LayerChange.retitle("阀门（改）"));
      assertThat(store.changesSince("water_valves", gone.version(), 10))
          .extracting(StoreChange::kind)
          .containsExactly(StoreChange.Kind.LAYER);
      assertThat(store.layerVersions())
          .containsEntry("water_valves", store.layerVersion("water_valves"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFailedWriteLogsNothingAndBulkLoadsLogOneBatch(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      long before = store.layerVersion("water_valves");
      assertThatThrownBy(
              () ->
                  store.apply(
                      "water_valves",
                      List.of(
                          FeatureEdit.insert("a", Wkt.meizhouPoint(0, 0), Map.of("code", "A")),
                          FeatureEdit.delete("missing")),
                      EDITOR))
          .isInstanceOf(FeatureNotFoundException.class);
      assertThat(store.layerVersion("water_valves")).isEqualTo(before);
      assertThat(store.changesSince("water_valves", before, 10)).isEmpty();

      List<FeatureEdit.Insert> many = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        many.add(
            FeatureEdit.insert(
                "b" + i, Wkt.meizhouPoint(i * 0.001, i * 0.002), Map.of("code", "B" + i)));
      }
      store.bulkInsert("water_valves", many.iterator(), EDITOR, n -> {});
      List<StoreChange> log = store.changesSince("water_valves", before, 10);
      assertThat(log).hasSize(1);
      assertThat(log.get(0).kind()).isEqualTo(StoreChange.Kind.BATCH);
      Envelope all = new Envelope();
      many.forEach(e -> all.expandToInclude(e.geometry().getEnvelopeInternal()));
      assertThat(log.get(0).newEnvelope()).contains(all);

      long v = store.layerVersion("water_valves");
      store.applyAll(
          List.of(
              new LayerEdits(
                  "water_valves",
                  List.of(FeatureEdit.insert("c", Wkt.meizhouPoint(5, 5), Map.of("code", "C"))))),
          EDITOR);
      assertThat(store.changesSince("water_valves", v, 10)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void editListenersHearEveryCommittedWriteAndNothingElse(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      JdbcFeatureStore store = f.store();
      store.createLayer(Layers.valves());
      List<CommittedEdit> heard = new ArrayList<>();
      store.addEditListener(heard::add);
      store.addEditListener(
          e -> {
            throw new IllegalStateException("a broken listener must not fail the edit");
          });

      store.apply(
          "water_valves",
          List.of(
              FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "JS001")),
              FeatureEdit.insert("v2", Wkt.meizhouPoint(0.01, 0), Map.of("code", "JS002"))),
          EDITOR);
      assertThat(store.get("water_valves", "v2")).isPresent();
      assertThat(heard).hasSize(1);
      CommittedEdit first = heard.get(0);
      assertThat(first.layerId()).isEqualTo("water_valves");
      assertThat(first.context()).isEqualTo(EDITOR);
      assertThat(List.of(first.inserted(), first.updated(), first.deleted()))
          .containsExactly(2L, 0L, 0L);
      assertThat(first.featureIds()).containsExactly("v1", "v2");
      assertThat(first.bulk()).isFalse();
      assertThat(first.at())
          .isEqualTo(store.get("water_valves", "v1").orElseThrow().version().validFrom());

      // rolled back: not heard
      assertThatThrownBy(
              () ->
                  store.apply(
                      "water_valves",
                      List.of(
                          FeatureEdit.update("v1", Wkt.meizhouPoint(1, 1), Map.of()),
                          FeatureEdit.delete("missing")),
                      EDITOR))
          .isInstanceOf(FeatureNotFoundException.class);
      // changed nothing: not heard
      store.apply(
          "water_valves",
          List.of(FeatureEdit.upsert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "JS001"))),
          EDITOR);
      assertThat(heard).hasSize(1);

      store.applyAll(
          List.of(
              new LayerEdits(
                  "water_valves",
                  List.of(
                      FeatureEdit.update("v1", Wkt.meizhouPoint(0.02, 0), Map.of()),
                      FeatureEdit.delete("v2")))),
          EditContext.by("wfs-user", "WFS-T"));
      assertThat(heard).hasSize(2);
      CommittedEdit second = heard.get(1);
      assertThat(List.of(second.inserted(), second.updated(), second.deleted()))
          .containsExactly(0L, 1L, 1L);
      assertThat(second.featureIds()).containsExactly("v1", "v2");
      assertThat(second.context().author()).isEqualTo("wfs-user");

      List<FeatureEdit.Insert> many = new ArrayList<>();
      for (int i = 0; i < CommittedEdit.MAX_LISTED_IDS + 5; i++) {
        many.add(FeatureEdit.insert("b" + i, Wkt.meizhouPoint(i * 0.001, 0), Map.of("code", "B")));
      }
      store.bulkInsert("water_valves", many.iterator(), EDITOR, n -> {});
      assertThat(heard).hasSize(3);
      assertThat(heard.get(2).bulk()).isTrue();
      assertThat(heard.get(2).inserted()).isEqualTo(many.size());

      // a streamed edit of more features than are listed names only the first ones
      store.apply(
          "water_valves",
          many.stream().map(e -> (FeatureEdit) FeatureEdit.delete(e.id().orElseThrow())).iterator(),
          EDITOR);
      assertThat(heard.get(3).deleted()).isEqualTo(many.size());
      assertThat(heard.get(3).featureIds())
          .hasSize(CommittedEdit.MAX_LISTED_IDS)
          .startsWith("b0", "b1");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void concurrentWritersGetDistinctVersionsAndNoChangeIsLost(Backend backend) throws Exception {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      long start = store.layerVersion("water_valves");
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done =
            IntStream.range(0, 20)
                .mapToObj(
                    i ->
                        pool.submit(
                            () ->
                                store.apply(
                                    "water_valves",
                                    List.of(
                                        FeatureEdit.insert(
                                            "w" + i,
                                            Wkt.meizhouPoint(i * 0.001, i * 0.001),
                                            Map.of("code", "W" + i))),
                                    EDITOR)))
                .<Future<?>>map(x -> x)
                .toList();
        for (Future<?> d : done) {
          d.get();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(store.layerVersion("water_valves")).isEqualTo(start + 20);
      List<StoreChange> log = store.changesSince("water_valves", start, 100);
      assertThat(log).extracting(StoreChange::version).doesNotHaveDuplicates().hasSize(20);
      assertThat(log).extracting(c -> c.featureId().orElseThrow()).hasSize(20);
    }
  }
}
