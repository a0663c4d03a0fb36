package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeValueException;
import cn.onemap.core.catalog.UnknownPropertyException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.filter.FilterException;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queries over a 20 x 20 grid of valves spaced 0.001° (~100 m) east-west and north-south from
 * (116.1, 24.3); valve (i, j) has id "v-i-j", code "JS-i-j", diameter 100 * (1 + (i + j) % 5),
 * material PE for even i, 铸铁 otherwise.
 */
class FeatureQueryIT {
  private static final int N = 20;

  private static void withGrid(Backend backend, Consumer<JdbcFeatureStore> test) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      f.store().createLayer(Layers.valves());
      var edits = new ArrayList<FeatureEdit>();
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
          var attrs = new HashMap<String, Object>();
          attrs.put("code", "JS-" + i + "-" + j);
          attrs.put("diameter", 100 * (1 + (i + j) % 5));
          attrs.put("material", i % 2 == 0 ? "PE" : "铸铁");
          attrs.put("laid", "20" + (10 + j) + "-01-01");
          if (j != 0) {
            attrs.put("depth", 1.0 + j / 10.0);
          }
          edits.add(
              FeatureEdit.insert(
                  "v-" + i + "-" + j, Wkt.meizhouPoint(i * 0.001, j * 0.001), attrs));
        }
      }
      f.store().apply("water_valves", edits, EditContext.by("loader"));
      test.accept(f.store());
    }
  }

  private static long count(FeatureStore store, String ecql) {
    return store.count(FeatureQuery.layer("water_valves").ecql(ecql).build());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theLongestOrChainTheLengthCapAllowsRunsOnTheStore(Backend backend) {
    // gt-cql nests "a OR b OR c …" two by two: ~2,000 levels, translated and run as flat SQL.
    String chain =
        "diameter = 100"
            + " OR diameter = 7".repeat((cn.onemap.core.filter.Filters.MAX_ECQL_LENGTH - 20) / 17);
    withGrid(backend, store -> assertThat(count(store, chain)).isEqualTo(80));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void bboxSelectsIntersectingFeaturesAndUsesTheSpatialIndex(Backend backend) {
    withGrid(
        backend,
        store -> {
          // i in 2..4, j in 5..9 → 3 x 5 features.
          FeatureQuery q =
              FeatureQuery.layer("water_valves").bbox(116.1015, 24.3045, 116.1045, 24.3095).build();
          assertThat(store.count(q)).isEqualTo(15);
          try (FeatureCursor c = store.query(q)) {
            assertThat(c.stream().map(Feature::id))
                .contains("v-2-5", "v-4-9")
                .doesNotContain("v-1-5", "v-5-5");
          }
          assertThat(store.explain(q).toLowerCase()).contains("water_valves_geom");
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void attributeFilters(Backend backend) {
    withGrid(
        backend,
        store -> {
          assertThat(count(store, "diameter = 300")).isEqualTo(80);
          assertThat(count(store, "diameter >= 400")).isEqualTo(160);
          assertThat(count(store, "300 < diameter")).isEqualTo(160);
          assertThat(count(store, "diameter BETWEEN 200 AND 300")).isEqualTo(160);
          assertThat(count(store, "material = '铸铁'")).isEqualTo(200);
          assertThat(count(store, "material <> 'PE' AND diameter = 100")).isEqualTo(40);
          assertThat(count(store, "material = 'PE' OR diameter = 100")).isEqualTo(240);
          assertThat(count(store, "NOT (material = 'PE')")).isEqualTo(200);
          assertThat(count(store, "code LIKE 'JS-1%'")).isEqualTo(11 * N);
          assertThat(count(store, "code ILIKE 'js-1-1_'")).isEqualTo(10);
          assertThat(count(store, "depth IS NULL")).isEqualTo(N);
          assertThat(count(store, "diameter IN (100, 200)")).isEqualTo(160);
          assertThat(count(store, "IN ('v-0-0', 'v-3-4', 'missing')")).isEqualTo(2);
          assertThat(count(store, "fid = 'v-3-4'")).isEqualTo(1);
          assertThat(count(store, "laid AFTER 2025-06-01T00:00:00Z")).isEqualTo(4 * N);
          assertThat(count(store, "laid DURING 2011-06-01T00:00:00Z/2013-06-01T00:00:00Z"))
              .isEqualTo(2 * N);
          assertThat(count(store, "depth > 2.5")).isEqualTo(4 * N);
          assertThat(count(store, "author = 'loader' AND version = 1")).isEqualTo(N * N);
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void spatialFilters(Backend backend) {
    withGrid(
        backend,
        store -> {
          assertThat(count(store, "BBOX(geom, 116.1015, 24.3045, 116.1045, 24.3095)"))
              .isEqualTo(15);
          assertThat(
                  count(
                      store,
                      "INTERSECTS(geom, POLYGON((116.1025 24.3, 116.1045 24.3, 116.1045 24.3015, 116.1025 24.3015, 116.1025 24.3)))"))
              .isEqualTo(4);
          assertThat(
                  count(
                      store,
                      "WITHIN(geom, POLYGON((116.0995 24.2995, 116.1015 24.2995, 116.1015 24.3015, 116.0995 24.3015, 116.0995 24.2995)))"))
              .isEqualTo(4);
          assertThat(
                  count(
                      store,
                      "DISJOINT(geom, POLYGON((116.0995 24.2995, 116.1015 24.2995, 116.1015 24.3015, 116.0995 24.3015, 116.0995 24.2995)))"))
              .isEqualTo(N * N - 4);
          // 0.001° of longitude at 24.3°N is ~101.5 m, of latitude ~110.8 m.
          assertThat(count(store, "DWITHIN(geom, POINT(116.105 24.305), 105, meters)"))
              .isEqualTo(3);
          assertThat(count(store, "DWITHIN(geom, POINT(116.105 24.305), 115, meters)"))
              .isEqualTo(5);
          var ff = org.geotools.factory.CommonFactoryFinder.getFilterFactory();
          var inDegrees =
              ff.dwithin(
                  ff.property("geom"),
                  ff.literal(Wkt.read("POINT(116.105 24.305)")),
                  0.0011,
                  "degrees");
          assertThat(store.count(FeatureQuery.layer("water_valves").filter(inDegrees).build()))
              .isEqualTo(5);
          assertThat(count(store, "BEYOND(geom, POINT(116.105 24.305), 0.115, kilometers)"))
              .isEqualTo(N * N - 5);
          assertThat(
                  count(
                      store,
                      "INTERSECTS(geom, POLYGON((116.1029 24.3039, 116.1031 24.3039, 116.1031 24.3041, 116.1029 24.3041, 116.1029 24.3039))) AND diameter > 0"))
              .isEqualTo(1);
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void sortAndPagingAreStable(Backend backend) {
    withGrid(
        backend,
        store -> {
          var seen = new ArrayList<String>();
          for (int page = 0; page < 8; page++) {
            FeatureQuery q =
                FeatureQuery.layer("water_valves")
                    .ecql("material = 'PE'")
                    .sortBy(SortKey.desc("diameter"))
                    .offset(page * 30L)
                    .limit(30)
                    .build();
            try (FeatureCursor c = store.query(q)) {
              seen.addAll(c.stream().map(Feature::id).toList());
            }
          }
          assertThat(seen).hasSize(200).doesNotHaveDuplicates();
          List<Integer> diameters =
              seen.stream()
                  .map(
                      id ->
                          (Integer)
                              store.get("water_valves", id).orElseThrow().attribute("diameter"))
                  .toList();
          assertThat(diameters).isSortedAccordingTo(java.util.Comparator.reverseOrder());
          try (FeatureCursor c =
              store.query(
                  FeatureQuery.layer("water_valves")
                      .sortBy(SortKey.asc("code"))
                      .limit(3)
                      .build())) {
            assertThat(c.stream().map(f -> f.attribute("code")))
                .containsExactly("JS-0-0", "JS-0-1", "JS-0-10");
          }
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void filtersNeverReachSqlAsText(Backend backend) {
    withGrid(
        backend,
        store -> {
          assertThat(count(store, "material = 'PE'' OR ''1''=''1'")).isZero();
          assertThat(count(store, "code LIKE '%''; DROP TABLE \"l_water_valves\"; --'")).isZero();
          assertThatThrownBy(() -> count(store, "\"material; DROP TABLE x\" = 'PE'"))
              .isInstanceOf(UnknownPropertyException.class);
          assertThatThrownBy(
                  () -> count(store, "exec(\"java.lang.Runtime.getRuntime().exec('id')\") = 1"))
              .isInstanceOf(FilterException.class);
          assertThatThrownBy(() -> count(store, "strToUpperCase(material) = 'PE'"))
              .isInstanceOf(FilterException.class)
              .hasMessageContaining("strToUpperCase");
          assertThatThrownBy(() -> count(store, "diameter + 1 > 100"))
              .isInstanceOf(FilterException.class);
          assertThatThrownBy(() -> count(store, "colour = 'red'"))
              .isInstanceOf(UnknownPropertyException.class)
              .hasMessageContaining("colour")
              .hasMessageContaining("diameter");
          assertThatThrownBy(() -> count(store, "diameter = 'wide'"))
              .isInstanceOf(AttributeValueException.class);
          assertThatThrownBy(() -> count(store, "diameter LIKE '1%'"))
              .isInstanceOf(FilterException.class);
          assertThatThrownBy(() -> count(store, "material = ")).isInstanceOf(FilterException.class);
          assertThatThrownBy(() -> count(store, "DWITHIN(geom, POINT(116.1 24.3), 10, furlongs)"))
              .isInstanceOf(FilterException.class)
              .hasMessageContaining("furlongs");
          assertThat(count(store, "material = 'PE'")).isEqualTo(200); // table intact
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void cursorStreamsLargeResultsAndAsOfSeesThePast(Backend backend) {
    withGrid(
        backend,
        store -> {
          var t0 = store.get("water_valves", "v-0-0").orElseThrow().version().validFrom();
          store.apply(
              "water_valves",
              List.of(
                  FeatureEdit.delete("v-0-0"),
                  FeatureEdit.update("v-0-1", null, Map.of("diameter", 999))),
              EditContext.by("editor"));
          assertThat(store.count(FeatureQuery.layer("water_valves").build())).isEqualTo(N * N - 1);
          assertThat(store.count(FeatureQuery.layer("water_valves").asOf(t0).build()))
              .isEqualTo(N * N);
          assertThat(count(store, "diameter = 999")).isEqualTo(1);
          assertThat(
                  store.count(
                      FeatureQuery.layer("water_valves").asOf(t0).ecql("diameter = 999").build()))
              .isZero();
          long streamed;
          try (FeatureCursor c = store.query(FeatureQuery.layer("water_valves").build())) {
            streamed = c.stream().count();
          }
          assertThat(streamed).isEqualTo(N * N - 1);
          assertThat(store.extent("water_valves"))
              .hasValueSatisfying(
                  e -> {
                    assertThat(e.getMinX())
                        .isEqualTo(116.1, org.assertj.core.api.Assertions.within(1e-9));
                    assertThat(e.getMaxY())
                        .isEqualTo(24.319, org.assertj.core.api.Assertions.within(1e-9));
                  });
          // The extent is cached, but this node's writes show at once.
          store.apply(
              "water_valves",
              List.of(
                  FeatureEdit.insert("far", Wkt.read("POINT (116.5 24.5)"), Map.of("code", "X"))),
              EditContext.by("editor"));
          assertThat(store.extent("water_valves").orElseThrow().getMaxX()).isEqualTo(116.5);
        });
  }
}
