package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two or more writers on one feature: every edit is kept or explicitly refused; none is silently
 * lost.
 */
class ConcurrentEditIT {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void concurrentUpdatesAreSerializedIntoConsecutiveVersions(Backend backend) throws Exception {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      store.apply(
          "water_valves",
          List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "A"))),
          EditContext.by("init"));
      int writers = 4;
      int editsEach = 15;
      CyclicBarrier start = new CyclicBarrier(writers);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      var results = new ArrayList<Future<Integer>>();
      for (int w = 0; w < writers; w++) {
        String author = "writer" + w;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int e = 0; e < editsEach; e++) {
                    store.apply(
                        "water_valves",
                        List.of(
                            FeatureEdit.update("v1", null, Map.of("material", author + "#" + e))),
                        EditContext.by(author));
                  }
                  return editsEach;
                }));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(editsEach);
      }
      pool.shutdown();

      List<Feature> history = store.history("water_valves", "v1");
      assertThat(history).hasSize(1 + writers * editsEach);
      for (int i = 0; i < history.size(); i++) {
        assertThat(history.get(i).version().number()).isEqualTo(i + 1);
        if (i > 0) {
          assertThat(history.get(i).version().validFrom())
              .isAfter(history.get(i - 1).version().validFrom());
          assertThat(history.get(i - 1).version().validTo())
              .contains(history.get(i).version().validFrom());
        }
      }
      // Every single edit is in the history exactly once.
      assertThat(history.stream().skip(1).map(h -> (String) h.attribute("material")))
          .doesNotHaveDuplicates()
          .hasSize(writers * editsEach);
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void optimisticEditsOfTheSameVersionLetExactlyOneWin(Backend backend) throws Exception {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      store.apply(
          "water_valves",
          List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "A"))),
          EditContext.by("init"));
      for (int round = 0; round < 5; round++) {
        int base = store.get("water_valves", "v1").orElseThrow().version().number();
        List<String> outcomes =
            race(
                who -> {
                  try {
                    store.apply(
                        "water_valves",
                        List.of(
                            FeatureEdit.updateIfVersion("v1", base, null, Map.of("material", who))),
                        EditContext.by(who));
                    return "ok";
                  } catch (EditConflictException e) {
                    assertThat(e.details())
                        .containsEntry("expectedVersion", base)
                        .containsEntry("currentVersion", base + 1);
                    return "conflict";
                  }
                });
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "conflict");
        Feature current = store.get("water_valves", "v1").orElseThrow();
        assertThat(current.version().number()).isEqualTo(base + 1);
        assertThat(current.attribute("material")).isEqualTo(current.version().author());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void concurrentInsertsOfOneIdCreateItOnce(Backend backend) throws Exception {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      List<String> outcomes =
          race(
              who -> {
                try {
                  store.apply(
                      "water_valves",
                      List.of(
                          FeatureEdit.insert("same", Wkt.meizhouPoint(0, 0), Map.of("code", who))),
                      EditContext.by(who));
                  return "ok";
                } catch (DuplicateFeatureException e) {
                  return "duplicate";
                }
              });
      assertThat(outcomes).containsExactlyInAnyOrder("ok", "duplicate");
      assertThat(store.history("water_valves", "same")).hasSize(1);
    }
  }

  /** Runs the task as "alice" and "bob" at the same instant; returns both outcomes. */
  private static List<String> race(java.util.function.Function<String, String> task)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<String>> tasks = new ArrayList<>();
      for (String who : List.of("alice", "bob")) {
        tasks.add(
            () -> {
              start.await();
              return task.apply(who);
            });
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> r : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
        outcomes.add(r.get());
      }
      return outcomes;
    } finally {
      pool.shutdown();
    }
  }
}
