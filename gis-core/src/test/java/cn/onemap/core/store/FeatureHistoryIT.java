package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeValueException;
import cn.onemap.core.catalog.UnknownPropertyException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.feature.Operation;
import cn.onemap.core.geom.InvalidGeometryException;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeatureHistoryIT {
  private static final EditContext SURVEYOR = EditContext.by("surveyor", "2026年管线普查");
  private static final EditContext EDITOR = EditContext.by("editor", "阀门更换");

  private static void withValves(Backend backend, Consumer<FeatureStore> test) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      f.store().createLayer(Layers.valves());
      test.accept(f.store());
    }
  }

  private static Map<String, Object> valve(String code, Integer diameter) {
    var m = new HashMap<String, Object>();
    m.put("code", code);
    m.put("diameter", diameter);
    return m;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void insertStoresGeometryAndTypedAttributes(Backend backend) {
    withValves(
        backend,
        store -> {
          Map<String, Object> attrs = new HashMap<>(valve("JS001", 300));
          attrs.put("material", "球墨铸铁");
          attrs.put("depth", "1.25"); // text from a CSV is converted
          attrs.put("laid", "2019-06-30");
          attrs.put("inspected", "2026-03-01T09:30:00+08:00");
          attrs.put("open", "是");
          EditResult r =
              store.apply(
                  "water_valves",
                  List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), attrs)),
                  SURVEYOR);
          assertThat(r.insertedIds()).containsExactly("v1");

          Feature f = store.get("water_valves", "v1").orElseThrow();
          assertThat(f.geometry().orElseThrow().equalsExact(Wkt.meizhouPoint(0, 0), 1e-12))
              .isTrue();
          assertThat(f.geometry().orElseThrow().getSRID()).isEqualTo(4490);
          assertThat(f.attributes())
              .containsEntry("code", "JS001")
              .containsEntry("diameter", 300)
              .containsEntry("material", "球墨铸铁")
              .containsEntry("depth", 1.25)
              .containsEntry("laid", LocalDate.of(2019, 6, 30))
              .containsEntry("inspected", Instant.parse("2026-03-01T01:30:00Z"))
              .containsEntry("open", true);
          assertThat(f.version().number()).isEqualTo(1);
          assertThat(f.version().operation()).isEqualTo(Operation.INSERT);
          assertThat(f.version().author()).isEqualTo("surveyor");
          assertThat(f.version().reason()).contains("2026年管线普查");
          assertThat(f.version().isCurrent()).isTrue();
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void generatedIdsAreUniqueAndReturnedInOrder(Backend backend) {
    withValves(
        backend,
        store -> {
          EditResult r =
              store.apply(
                  "water_valves",
                  List.of(
                      FeatureEdit.insert(Wkt.meizhouPoint(0, 0), valve("A", null)),
                      FeatureEdit.insert(Wkt.meizhouPoint(0.001, 0), valve("B", null)),
                      FeatureEdit.insert(Wkt.meizhouPoint(0.002, 0), valve("C", null))),
                  SURVEYOR);
          assertThat(r.insertedIds()).hasSize(3).doesNotHaveDuplicates();
          assertThat(
                  store.get("water_valves", r.insertedIds().get(2)).orElseThrow().attribute("code"))
              .isEqualTo("C");
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void updatesAndDeletesKeepEveryVersionAndAsOfReadsThePast(Backend backend) throws Exception {
    withValves(
        backend,
        store -> {
          Instant t1 =
              store
                  .apply(
                      "water_valves",
                      List.of(
                          FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), valve("JS001", 300))),
                      SURVEYOR)
                  .timestamp();
          Instant t2 =
              store
                  .apply(
                      "water_valves",
                      List.of(
                          FeatureEdit.update(
                              "v1", Wkt.meizhouPoint(0.0001, 0), Map.of("diameter", 400))),
                      EDITOR)
                  .timestamp();
          Instant t3 =
              store.apply("water_valves", List.of(FeatureEdit.delete("v1")), EDITOR).timestamp();
          assertThat(t1).isBefore(t2);
          assertThat(t2).isBefore(t3);

          assertThat(store.get("water_valves", "v1")).isEmpty();
          assertThat(store.get("water_valves", "v1", t1.minusMillis(1))).isEmpty();
          assertThat(store.get("water_valves", "v1", t1).orElseThrow().attribute("diameter"))
              .isEqualTo(300);
          Feature atT2 = store.get("water_valves", "v1", t2).orElseThrow();
          assertThat(atT2.attribute("diameter")).isEqualTo(400);
          assertThat(atT2.attribute("code")).isEqualTo("JS001"); // unchanged attributes carry over
          assertThat(atT2.geometry().orElseThrow().getCoordinate().x)
              .isEqualTo(116.1001, org.assertj.core.api.Assertions.within(1e-9));
          assertThat(store.get("water_valves", "v1", t3)).isEmpty();

          List<Feature> history = store.history("water_valves", "v1");
          assertThat(history).extracting(h -> h.version().number()).containsExactly(1, 2, 3);
          assertThat(history)
              .extracting(h -> h.version().operation())
              .containsExactly(Operation.INSERT, Operation.UPDATE, Operation.DELETE);
          assertThat(history)
              .extracting(h -> h.version().author())
              .containsExactly("surveyor", "editor", "editor");
          assertThat(history.get(0).version().validTo()).contains(t2);
          assertThat(history.get(1).version().validTo()).contains(t3);
          assertThat(history.get(2).version().validTo()).isEmpty();
          assertThat(history.get(2).geometry()).isEmpty();

          // Reviving a deleted id continues the same history.
          store.apply(
              "water_valves",
              List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), valve("JS001", 500))),
              SURVEYOR);
          assertThat(store.history("water_valves", "v1"))
              .extracting(h -> h.version().number())
              .containsExactly(1, 2, 3, 4);
          assertThat(store.get("water_valves", "v1").orElseThrow().attribute("diameter"))
              .isEqualTo(500);
          assertThat(store.count(FeatureQuery.layer("water_valves").asOf(t2).build())).isEqualTo(1);
          assertThat(store.count(FeatureQuery.layer("water_valves").asOf(t3).build())).isZero();
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aBatchIsAllOrNothing(Backend backend) {
    withValves(
        backend,
        store -> {
          store.apply(
              "water_valves",
              List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), valve("JS001", 300))),
              SURVEYOR);
          var selfIntersecting =
              Wkt.read("POLYGON ((116.1 24.3, 116.2 24.4, 116.2 24.3, 116.1 24.4, 116.1 24.3))");
          List<List<FeatureEdit>> badBatches =
              List.of(
                  List.of(
                      FeatureEdit.insert("v2", Wkt.meizhouPoint(0.001, 0), valve("JS002", 200)),
                      FeatureEdit.update("v1", null, Map.of("diameter", "abc"))),
                  List.of(
                      FeatureEdit.update("v1", null, Map.of("diameter", 999)),
                      FeatureEdit.delete("no-such-valve")),
                  List.of(
                      FeatureEdit.delete("v1"),
                      FeatureEdit.insert("v3", selfIntersecting, valve("JS003", 1))),
                  List.of(
                      FeatureEdit.insert("v4", Wkt.meizhouPoint(0, 0), valve("JS004", 1)),
                      FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), valve("dup", 1))));
          for (List<FeatureEdit> batch : badBatches) {
            assertThatThrownBy(() -> store.apply("water_valves", batch, EDITOR))
                .isInstanceOf(cn.onemap.core.GisException.class);
          }
          assertThat(store.count(FeatureQuery.layer("water_valves").build())).isEqualTo(1);
          assertThat(store.history("water_valves", "v1")).hasSize(1);
          assertThat(store.get("water_valves", "v1").orElseThrow().attribute("diameter"))
              .isEqualTo(300);
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void badInputGetsSpecificErrors(Backend backend) {
    withValves(
        backend,
        store -> {
          var p = Wkt.meizhouPoint(0, 0);
          assertThatThrownBy(() -> insert(store, p, Map.of("code", "A", "colour", "red")))
              .isInstanceOf(UnknownPropertyException.class)
              .hasMessageContaining("colour");
          assertThatThrownBy(() -> insert(store, p, Map.of("code", "A", "diameter", "三百")))
              .isInstanceOf(AttributeValueException.class)
              .hasMessageContaining("diameter")
              .hasMessageContaining("whole number");
          assertThatThrownBy(() -> insert(store, p, Map.of("code", "A", "diameter", 3.5)))
              .isInstanceOf(AttributeValueException.class);
          assertThatThrownBy(() -> insert(store, p, Map.of("code", "A", "laid", "30/06/2019")))
              .isInstanceOf(AttributeValueException.class)
              .hasMessageContaining("laid");
          assertThatThrownBy(() -> insert(store, p, Map.of("diameter", 100)))
              .isInstanceOf(AttributeValueException.class)
              .hasMessageContaining("required");
          assertThatThrownBy(
                  () ->
                      insert(
                          store,
                          Wkt.read("LINESTRING (116.1 24.3, 116.2 24.3)"),
                          Map.of("code", "A")))
              .isInstanceOf(InvalidGeometryException.class)
              .hasMessageContaining("POINT");
          var projected = Wkt.read("POINT (500000 2700000)");
          projected.setSRID(4548);
          assertThatThrownBy(() -> insert(store, projected, Map.of("code", "A")))
              .isInstanceOf(InvalidGeometryException.class)
              .hasMessageContaining("EPSG:4548");
          assertThatThrownBy(
                  () -> insert(store, Wkt.read("POINT (24.3 116.1)"), Map.of("code", "A")))
              .isInstanceOf(cn.onemap.core.crs.OutsideAreaOfUseException.class)
              .hasMessageContaining("swapped");
          assertThatThrownBy(() -> insert(store, Wkt.read("POINT (0 0)"), Map.of("code", "A")))
              .isInstanceOf(cn.onemap.core.crs.OutsideAreaOfUseException.class);
          assertThatThrownBy(() -> insert(store, Wkt.read("POINT EMPTY"), Map.of("code", "A")))
              .isInstanceOf(InvalidGeometryException.class);
          assertThatThrownBy(
                  () ->
                      store.apply(
                          "water_valves",
                          List.of(FeatureEdit.update("nope", null, Map.of())),
                          EDITOR))
              .isInstanceOf(FeatureNotFoundException.class);
          assertThatThrownBy(() -> store.history("water_valves", "nope"))
              .isInstanceOf(FeatureNotFoundException.class);
          assertThatThrownBy(() -> store.get("no_such_layer", "x"))
              .isInstanceOf(LayerNotFoundException.class);
          assertThat(store.count(FeatureQuery.layer("water_valves").build())).isZero();
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void polygonsAreValidatedAndPromotedToTheLayersMultiType(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.parcels());
      var bowtie =
          Wkt.read("POLYGON ((116.1 24.3, 116.2 24.4, 116.2 24.3, 116.1 24.4, 116.1 24.3))");
      assertThatThrownBy(
              () ->
                  store.apply(
                      "parcels",
                      List.of(FeatureEdit.insert("p1", bowtie, Map.of("name", "A"))),
                      EDITOR))
          .isInstanceOf(InvalidGeometryException.class)
          .hasMessageContaining("Self-intersection")
          .hasMessageContaining("116.15");
      store.apply(
          "parcels",
          List.of(
              FeatureEdit.insert(
                  "p1",
                  Wkt.read("POLYGON ((116.1 24.3, 116.2 24.3, 116.2 24.4, 116.1 24.3))"),
                  Map.of("name", "江北地块"))),
          EDITOR);
      assertThat(
              store.get("parcels", "p1").orElseThrow().geometry().orElseThrow().getGeometryType())
          .isEqualTo("MultiPolygon");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void unversionedLayersOverwriteInPlaceAndRefuseAsOf(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves().withVersioned(false));
      store.apply(
          "water_valves",
          List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), valve("A", 1))),
          EDITOR);
      store.apply(
          "water_valves", List.of(FeatureEdit.update("v1", null, Map.of("diameter", 2))), EDITOR);
      assertThat(store.history("water_valves", "v1"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.version().number()).isEqualTo(2);
                assertThat(v.attribute("diameter")).isEqualTo(2);
              });
      assertThatThrownBy(() -> store.get("water_valves", "v1", Instant.now()))
          .isInstanceOf(NotVersionedException.class);
      store.apply("water_valves", List.of(FeatureEdit.delete("v1")), EDITOR);
      assertThatThrownBy(() -> store.history("water_valves", "v1"))
          .isInstanceOf(FeatureNotFoundException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void upsertsMakeReimportsIdempotent(Backend backend) {
    withValves(
        backend,
        store -> {
          java.util.function.Supplier<java.util.Iterator<FeatureEdit>> file =
              () ->
                  java.util.stream.IntStream.range(0, 50)
                      .mapToObj(
                          i ->
                              (FeatureEdit)
                                  FeatureEdit.upsert(
                                      "k" + i,
                                      Wkt.meizhouPoint(i * 0.001, 0),
                                      Map.of(
                                          "code",
                                          "JS" + i,
                                          "inspected",
                                          Instant.parse("2026-01-01T00:00:00.123456789Z"))))
                      .iterator();
          EditResult first = store.apply("water_valves", file.get(), SURVEYOR);
          assertThat(first.insertedIds()).hasSize(50);
          EditResult again = store.apply("water_valves", file.get(), SURVEYOR);
          assertThat(again.insertedIds()).isEmpty();
          assertThat(again.updated()).isZero();
          assertThat(again.unchanged()).isEqualTo(50);
          assertThat(store.history("water_valves", "k7")).hasSize(1);

          EditResult changed =
              store.apply(
                  "water_valves",
                  List.of(
                      FeatureEdit.upsert("k7", Wkt.meizhouPoint(0.007, 0), Map.of("code", "JS7-改")),
                      FeatureEdit.upsert("k99", Wkt.meizhouPoint(0.2, 0), Map.of("code", "new"))),
                  SURVEYOR);
          assertThat(changed.updated()).isEqualTo(1);
          assertThat(changed.insertedIds()).containsExactly("k99");
          assertThat(store.history("water_valves", "k7")).hasSize(2);
          // An upsert states the whole feature: attributes it omits become empty.
          assertThat(store.get("water_valves", "k7").orElseThrow().attribute("inspected")).isNull();

          var failing =
              java.util.stream.Stream.of(
                      FeatureEdit.upsert("k1", Wkt.meizhouPoint(0, 0), Map.of("code", "x")),
                      FeatureEdit.upsert("k2", Wkt.meizhouPoint(0, 0), Map.of("diameter", 1)))
                  .iterator();
          assertThatThrownBy(() -> store.apply("water_valves", failing, SURVEYOR))
              .isInstanceOf(AttributeValueException.class);
          assertThat(store.get("water_valves", "k1").orElseThrow().attribute("code"))
              .isEqualTo("JS1");
        });
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void firstValidFromIsTheOldestVersionEvenOfDeletedFeatures(Backend backend) {
    withValves(
        backend,
        store -> {
          assertThat(store.firstValidFrom("water_valves")).isEmpty();
          Instant first =
              store
                  .apply(
                      "water_valves",
                      List.of(FeatureEdit.insert("f1", Wkt.meizhouPoint(0, 0), valve("A", 1))),
                      SURVEYOR)
                  .timestamp();
          store.apply(
              "water_valves",
              List.of(FeatureEdit.insert("f2", Wkt.meizhouPoint(0.01, 0), valve("B", 2))),
              SURVEYOR);
          store.apply("water_valves", List.of(FeatureEdit.delete("f1")), EDITOR);
          assertThat(store.firstValidFrom("water_valves")).contains(first);
          // A dropped and re-created layer starts over (the cached value goes with the layer).
          store.dropLayer("water_valves");
          store.createLayer(Layers.valves());
          assertThat(store.firstValidFrom("water_valves")).isEmpty();
        });
  }

  private static void insert(
      FeatureStore store, org.locationtech.jts.geom.Geometry g, Map<String, Object> attrs) {
    store.apply("water_valves", List.of(FeatureEdit.insert(g, attrs)), EDITOR);
  }
}
