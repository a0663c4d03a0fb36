package cn.onemap.core.store;

import static cn.onemap.core.catalog.AttributeDefinition.optional;
import static cn.onemap.core.catalog.AttributeDefinition.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The feature search index on both backends: what it finds (codes by prefix, Chinese names
 * anywhere), the global ranking and the cut after it, that it follows every kind of write in the
 * same transaction, that it searches only the attributes the caller's view has, and that layers
 * older than the index are indexed when the store opens.
 */
class TextSearchIT {
  private static final EditContext BY = EditContext.by("loader");

  /** BASE (priority 10): buildings with a name and a code; the phone is a restricted attribute. */
  private static LayerDefinition buildings() {
    return LayerDefinition.of(
        "buildings",
        "建筑物",
        LayerKind.BASE,
        GeometryType.POINT,
        List.of(
            required("code", AttributeType.STRING, "建筑物编码"),
            optional("name", AttributeType.STRING, "名称"),
            optional("owner_phone", AttributeType.STRING, "联系电话"),
            optional("use", AttributeType.STRING, "用途")));
  }

  /** THEMATIC (priority 40): parcels with the cadastral code dkbm. */
  private static LayerDefinition parcels() {
    return LayerDefinition.of(
        "parcels",
        "地块",
        LayerKind.THEMATIC,
        GeometryType.POINT,
        List.of(
            required("dkbm", AttributeType.STRING, "地块编码"),
            optional("county_code", AttributeType.STRING, "区县代码")));
  }

  private static FeatureEdit building(String id, String code, String name) {
    return FeatureEdit.insert(
        id, Wkt.meizhouPoint(0, 0), Map.of("code", code, "name", name, "use", "住宅"));
  }

  private static List<String> ids(List<SearchMatch> matches) {
    return matches.stream().map(m -> m.layerId() + "/" + m.featureId()).toList();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void featuresOfOneLayerWithTheSameValueAreOneHit(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      JdbcFeatureStore store = f.store();
      store.createLayer(buildings());
      // three buildings of one compound share a name; another name only begins the same
      store.apply(
          "buildings",
          List.of(
              FeatureEdit.insert(
                  "c1", Wkt.meizhouPoint(0, 0), Map.of("code", "C-1", "name", "江南花园")),
              FeatureEdit.insert(
                  "c2", Wkt.meizhouPoint(0.01, 0.002), Map.of("code", "C-2", "name", "江南花园")),
              FeatureEdit.insert(
                  "c3", Wkt.meizhouPoint(0.004, 0.02), Map.of("code", "C-3", "name", "江南花园")),
              FeatureEdit.insert(
                  "c4", Wkt.meizhouPoint(0.5, 0.5), Map.of("code", "C-4", "name", "江南花园二期"))),
          BY);
      var hits = new TextSearch(store).search(List.of(store.requireLayer("buildings")), "江南花园", 10);
      assertThat(hits).extracting(TextSearch.Hit::value).containsExactly("江南花园", "江南花园二期");
      TextSearch.Hit compound = hits.get(0);
      assertThat(compound.featureIds()).containsExactlyInAnyOrder("c1", "c2", "c3");
      assertThat(compound.feature().id()).isEqualTo(compound.featureIds().get(0));
      org.locationtech.jts.geom.Envelope all = new org.locationtech.jts.geom.Envelope();
      for (String id : List.of("c1", "c2", "c3")) {
        all.expandToInclude(
            store
                .get("buildings", id)
                .orElseThrow()
                .geometry()
                .orElseThrow()
                .getEnvelopeInternal());
      }
      assertThat(compound.extent()).isEqualTo(all);
      assertThat(hits.get(1).featureIds()).containsExactly("c4");
      // the limit counts values, not features
      assertThat(new TextSearch(store).search(List.of(store.requireLayer("buildings")), "江南", 1))
          .singleElement()
          .satisfies(h -> assertThat(h.featureIds()).hasSize(3));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void findsCodesByPrefixAndNamesAnywhereRankedAcrossLayersThenCut(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      JdbcFeatureStore store = f.store();
      store.createLayer(buildings());
      store.createLayer(parcels());
      assertThat(store.searchFields("buildings").orElseThrow().attributes())
          .containsExactly("code", "name");
      assertThat(store.searchFields("parcels").orElseThrow().attributes()).containsExactly("dkbm");
      store.apply(
          "buildings",
          List.of(
              building("b1", "JZ-4414-001", "梅江区人民医院"),
              building("b2", "JZ-4414-002", "人民广场"),
              building("b3", "441402-7", "金山大厦"),
              building("b4", "JZ_100%", "梅州市人民政府")),
          BY);
      store.apply(
          "parcels",
          List.of(
              FeatureEdit.insert(
                  "p1",
                  Wkt.meizhouPoint(0.001, 0),
                  Map.of("dkbm", "441402", "county_code", "441402")),
              FeatureEdit.insert(
                  "p2",
                  Wkt.meizhouPoint(0.002, 0),
                  Map.of("dkbm", "4414020011", "county_code", "441402"))),
          BY);
      List<LayerDefinition> layers =
          List.of(store.requireLayer("buildings"), store.requireLayer("parcels"));

      // Exact before prefix across layers, though parcels rank after buildings by priority: the
      // cut comes after the ranking, so with max 1 the exact parcel wins.
      assertThat(ids(store.search(layers, "441402", 10)))
          .containsExactly("parcels/p1", "buildings/b3", "parcels/p2");
      assertThat(ids(store.search(layers, "441402", 1))).containsExactly("parcels/p1");
      assertThat(store.search(layers, "441402", 10))
          .extracting(SearchMatch::rank)
          .containsExactly(0, 1, 1);
      // county_code is a parent reference, not searched: p1 matched on dkbm.
      assertThat(store.search(layers, "441402", 1).get(0).attribute()).isEqualTo("dkbm");
      // Codes: prefix, case and full-width insensitive; no infix; LIKE wildcards are literals.
      assertThat(ids(store.search(layers, "jz-4414", 10)))
          .containsExactly("buildings/b1", "buildings/b2");
      assertThat(ids(store.search(layers, "ＪＺ－４４１４－００２", 10))).containsExactly("buildings/b2");
      assertThat(store.search(layers, "4414-001", 10)).isEmpty();
      assertThat(ids(store.search(layers, "jz_1", 10))).containsExactly("buildings/b4");
      assertThat(store.search(layers, "JZ%", 10)).isEmpty();
      // Chinese names: exact, prefix, inside; a single character too; shorter values first.
      assertThat(ids(store.search(layers, "人民", 10)))
          .containsExactly("buildings/b2", "buildings/b1", "buildings/b4");
      assertThat(store.search(layers, "人民", 10))
          .extracting(SearchMatch::rank)
          .containsExactly(1, 2, 2);
      assertThat(ids(store.search(layers, "人民广场", 10))).containsExactly("buildings/b2");
      assertThat(ids(store.search(layers, "厦", 10))).containsExactly("buildings/b3");
      assertThat(ids(store.search(layers, "梅江区 人民医院", 10))).containsExactly("buildings/b1");
      // The whole feature once, with its best attribute.
      assertThat(store.search(layers, "人民医院", 10)).hasSize(1);

      var search = new TextSearch(store);
      var hits = search.search(layers, "人民广场", 10);
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).feature().attribute("name")).isEqualTo("人民广场");
      assertThat(hits.get(0).attribute()).isEqualTo("name");
      assertThatThrownBy(() -> search.search(layers, "  ", 10))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> search.search(layers, "x".repeat(101), 10))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void followsEveryWriteInItsTransactionAndSearchesOnlyTheCallersView(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      JdbcFeatureStore store = f.store();
      store.createLayer(buildings());
      store.apply("buildings", List.of(building("b1", "JZ-1", "金山大厦")), BY);
      List<LayerDefinition> layers = List.of(store.requireLayer("buildings"));

      // Renamed: the new name is found, the old one not (only the current version is indexed).
      store.apply("buildings", List.of(FeatureEdit.update("b1", null, Map.of("name", "江南大厦"))), BY);
      assertThat(ids(store.search(layers, "江南", 10))).containsExactly("buildings/b1");
      assertThat(store.search(layers, "金山", 10)).isEmpty();
      // A batch that fails rolls its tokens back with its rows.
      assertThatThrownBy(
              () ->
                  store.apply(
                      "buildings",
                      List.of(building("b2", "JZ-2", "新华书店"), building("b1", "JZ-1", "重复")),
                      BY))
          .isInstanceOf(DuplicateFeatureException.class);
      assertThat(store.search(layers, "新华", 10)).isEmpty();
      // Deleted: gone. Bulk loads are indexed in their transaction too.
      store.apply("buildings", List.of(FeatureEdit.delete("b1")), BY);
      assertThat(store.search(layers, "江南", 10)).isEmpty();
      var many = new ArrayList<FeatureEdit.Insert>();
      for (int i = 0; i < 1200; i++) {
        many.add(
            FeatureEdit.insert(
                "m" + i,
                Wkt.meizhouPoint(0.00001 * i, 0),
                Map.of(
                    "code",
                    String.format("BL-%04d", i),
                    "name",
                    "批量楼" + i,
                    "owner_phone",
                    "13900000000")));
      }
      store.bulkInsert("buildings", many.iterator(), BY, n -> {});
      assertThat(ids(store.search(layers, "BL-1199", 10))).containsExactly("buildings/m1199");
      assertThat(store.search(layers, "批量楼", 50)).hasSize(50);

      // A layer without the restricted attribute (the caller's view) is not searched on it; and
      // an attribute made searchable is indexed at once, for every current feature.
      store.setSearchFields(
          new SearchFields("buildings", 10, List.of("code", "name", "owner_phone")));
      assertThat(store.search(layers, "13900000000", 5)).hasSize(5);
      var view =
          store.requireLayer("buildings").withAttributesOnly(a -> !a.name().equals("owner_phone"));
      assertThat(store.search(List.of(view), "13900000000", 5)).isEmpty();
      assertThat(store.search(List.of(), "BL", 5)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void layersOlderThanTheIndexAreIndexedWhenTheStoreOpensAndLookupsUseTheIndex(Backend backend)
      throws Exception {
    try (StoreFixture f = StoreFixture.open(backend)) {
      f.store().createLayer(buildings());
      f.store().apply("buildings", List.of(building("b1", "JZ-1", "金山大厦")), BY);
      // As before the migration: no search metadata, no tokens.
      try (Connection c = f.store().dataSource().getConnection()) {
        c.createStatement().execute("DELETE FROM om_search_token");
        c.createStatement().execute("DELETE FROM om_search_layer");
      }
      JdbcFeatureStore store = f.restart().store();
      List<LayerDefinition> layers = List.of(store.requireLayer("buildings"));
      assertThat(ids(store.search(layers, "大厦", 10))).containsExactly("buildings/b1");
      assertThat(store.rebuildSearchIndex("buildings")).isEqualTo(1);

      try (Connection c = store.dataSource().getConnection();
          var ps =
              c.prepareStatement(
                  "EXPLAIN SELECT fid FROM om_search_token WHERE token >= ? AND token < ?")) {
        ps.setString(1, "jz");
        ps.setString(2, SearchLookup.upperBound("jz"));
        var plan = new StringBuilder();
        try (var rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1));
          }
        }
        assertThat(plan.toString().toLowerCase()).contains("om_search_token_token");
      }
    }
  }
}
