package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeValueException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BulkInsertIT {
  private static final int COUNT = 25_000;

  /**
   * Valve i sits on a 500 x 50 grid with 0.0001° spacing; its text holds characters COPY must
   * escape.
   */
  private static Iterator<FeatureEdit.Insert> valves(int count, int badAt) {
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              Map<String, Object> attrs = new HashMap<>();
              attrs.put("code", i == badAt ? null : "JS\t" + i + "\\梅江\n");
              attrs.put("diameter", i % 7 == 0 ? null : 100 + i % 400);
              attrs.put("laid", "2020-01-0" + (1 + i % 9));
              attrs.put("inspected", "2026-01-01T08:00:00+08:00");
              attrs.put("depth", i * 0.5);
              attrs.put("open", i % 2 == 0);
              String id = i % 2 == 0 ? "b" + i : null; // half given, half generated
              return new FeatureEdit.Insert(
                  java.util.Optional.ofNullable(id),
                  Wkt.meizhouPoint((i % 500) * 0.0001, (i / 500) * 0.0001),
                  attrs);
            })
        .iterator();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void bulkLoadWritesEverythingAndKeepsTheIndexUsable(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      JdbcFeatureStore store = f.store();
      store.createLayer(Layers.valves());
      var progress = new ArrayList<Long>();
      long written =
          store.bulkInsert(
              "water_valves", valves(COUNT, -1), EditContext.by("loader", "批量导入"), progress::add);
      assertThat(written).isEqualTo(COUNT);
      assertThat(progress).contains(10_000L, 20_000L).last().isEqualTo((long) COUNT);
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isEqualTo(COUNT);

      var feature = store.get("water_valves", "b1000").orElseThrow();
      assertThat(feature.attribute("code")).isEqualTo("JS\t1000\\梅江\n");
      assertThat(feature.attribute("diameter")).isEqualTo(300); // 100 + 1000 % 400
      assertThat(feature.attribute("depth")).isEqualTo(500.0);
      assertThat(feature.attribute("open")).isEqualTo(true);
      assertThat(feature.version().author()).isEqualTo("loader");
      assertThat(feature.version().reason()).contains("批量导入");
      assertThat(store.get("water_valves", "b7").isPresent()).isFalse(); // odd ids were generated
      assertThat(store.count(FeatureQuery.layer("water_valves").ecql("diameter IS NULL").build()))
          .isEqualTo((COUNT + 6) / 7);

      FeatureQuery box =
          FeatureQuery.layer("water_valves").bbox(116.10095, 24.30095, 116.10105, 24.30105).build();
      assertThat(store.count(box)).isEqualTo(1);
      assertThat(store.explain(box).toLowerCase()).contains("water_valves_geom");

      // A second load into a non-empty layer keeps the index in place.
      List<FeatureEdit.Insert> more =
          List.of(
              new FeatureEdit.Insert(
                  java.util.Optional.of("extra"), Wkt.meizhouPoint(0.2, 0.2), Map.of("code", "X")));
      assertThat(
              store.bulkInsert("water_valves", more.iterator(), EditContext.by("loader"), n -> {}))
          .isEqualTo(1);
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isEqualTo(COUNT + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFailedBulkLoadLeavesTheLayerAsItWas(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      JdbcFeatureStore store = f.store();
      store.createLayer(Layers.valves());
      assertThatThrownBy(
              () ->
                  store.bulkInsert(
                      "water_valves", valves(15_000, 12_345), EditContext.by("loader"), n -> {}))
          .isInstanceOf(AttributeValueException.class)
          .hasMessageContaining("code");
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isZero();
      FeatureQuery box = FeatureQuery.layer("water_valves").bbox(116.0, 24.0, 116.2, 24.4).build();
      assertThat(store.explain(box).toLowerCase()).contains("water_valves_geom"); // index restored

      store.bulkInsert("water_valves", valves(10, -1), EditContext.by("loader"), n -> {});
      assertThatThrownBy(
              () ->
                  store.bulkInsert(
                      "water_valves", valves(10, -1), EditContext.by("loader"), n -> {}))
          .isInstanceOf(DuplicateFeatureException.class);
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isEqualTo(10);
    }
  }
}
