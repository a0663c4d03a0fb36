package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.UnknownPropertyException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.filter.FilterException;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GROUP BY over a 6 x 5 grid of valves 0.001° apart from (116.1, 24.3): valve (i, j) has material
 * PE for i < 4 and 铸铁 otherwise, diameter 100 * (1 + j), depth j (none for j = 0).
 *
 * <pre>
 *   j=4  P P P P 铸 铸    diameter 500, depth 4
 *   j=3  P P P P 铸 铸    diameter 400, depth 3
 *   j=2  P P P P 铸 铸    …
 *   j=1  P P P P 铸 铸
 *   j=0  P P P P 铸 铸    diameter 100, no depth
 *       i=0 …         5
 * </pre>
 */
class AggregateIT {
  private static void withGrid(Backend backend, Consumer<JdbcFeatureStore> test) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      f.store().createLayer(Layers.valves());
      var edits = new ArrayList<FeatureEdit>();
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 5; j++) {
          var attrs = new HashMap<String, Object>();
          attrs.put("code", "JS-" + i + "-" + j);
          attrs.put("diameter", 100 * (1 + j));
          attrs.put("material", i < 4 ? "PE" : "铸铁");
          if (j != 0) {
            attrs.put("depth", (double) j);
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

  private static Aggregate by(FeatureQuery.Builder q, String groupBy, String sum) {
    return new Aggregate(q.build(), groupBy, Optional.ofNullable(sum), 100);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void countsAndSumsPerGroupLargestFirst(Backend backend) {
    withGrid(
        backend,
        store -> {
          var r = store.aggregate(by(FeatureQuery.layer("water_valves"), "material", "depth"));
          assertThat(r.total()).isEqualTo(30);
          assertThat(r.groupCount()).isEqualTo(2);
          assertThat(r.groups())
              .containsExactly(
                  new Aggregate.Group("PE", 20, Optional.of(4 * (1.0 + 2 + 3 + 4))),
                  new Aggregate.Group("铸铁", 10, Optional.of(2 * (1.0 + 2 + 3 + 4))));
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theQuerysFilterAndBboxApply(Backend backend) {
    withGrid(
        backend,
        store -> {
          // diameter >= 300: j in 2..4; the bbox keeps i in 3..5.
          var q =
              FeatureQuery.layer("water_valves")
                  .ecql("diameter >= 300")
                  .bbox(116.1025, 24.299, 116.11, 24.31);
          var r = store.aggregate(by(q, "material", null));
          assertThat(r.total()).isEqualTo(9);
          assertThat(r.groups())
              .containsExactly(
                  new Aggregate.Group("铸铁", 6, Optional.empty()),
                  new Aggregate.Group("PE", 3, Optional.empty()));
          var near =
              FeatureQuery.layer("water_valves")
                  .ecql("DWITHIN(geom, POINT(116.1 24.3), 105, meters)");
          // (0,0), (1,0) 101.5 m east; (0,1) is 110.8 m north: out.
          assertThat(store.aggregate(by(near, "diameter", null)).groups())
              .containsExactly(new Aggregate.Group(100, 2, Optional.empty()));
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void nullKeysFormAGroupAndTheCutKeepsTheTotals(Backend backend) {
    withGrid(
        backend,
        store -> {
          var r =
              store.aggregate(
                  new Aggregate(
                      FeatureQuery.layer("water_valves").build(), "depth", Optional.empty(), 2));
          assertThat(r.groupCount()).isEqualTo(5);
          assertThat(r.total()).isEqualTo(30);
          assertThat(r.groups()).hasSize(2);
          assertThat(r.groups().get(0)).isEqualTo(new Aggregate.Group(null, 6, Optional.empty()));
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void refusesTheGeometryTextSumsAndUnknownNames(Backend backend) {
    withGrid(
        backend,
        store -> {
          var q = FeatureQuery.layer("water_valves");
          assertThatThrownBy(() -> store.aggregate(by(q, "geom", null)))
              .isInstanceOf(FilterException.class)
              .hasMessageContaining("geometry");
          assertThatThrownBy(() -> store.aggregate(by(q, "material", "code")))
              .isInstanceOf(FilterException.class)
              .hasMessageContaining("numeric");
          assertThatThrownBy(() -> store.aggregate(by(q, "material; DROP TABLE x", null)))
              .isInstanceOf(UnknownPropertyException.class);
        });
  }
}
