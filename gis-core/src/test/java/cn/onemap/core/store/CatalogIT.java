package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.SchemaException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogIT {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void catalogIsStoredInTheDatabaseAndSurvivesARestart(Backend backend) {
    StoreFixture fixture = StoreFixture.open(backend);
    try {
      fixture.store().createLayer(Layers.valves());
      fixture = fixture.restart();
      LayerDefinition read = fixture.store().requireLayer("water_valves");
      assertThat(read).isEqualTo(Layers.valves());
      assertThat(read.title()).isEqualTo("给水阀门");
      assertThat(read.accessLevel()).isEqualTo(AccessLevel.RESTRICTED); // pipelines by default
      assertThat(read.attribute("diameter").orElseThrow().label()).isEqualTo("管径(mm)");
    } finally {
      fixture.close();
    }
  }

  /** WMS capabilities publish this counter as updateSequence: it must only grow and persist. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void catalogSequenceRisesWithEveryChangeAndSurvivesARestart(Backend backend) {
    StoreFixture fixture = StoreFixture.open(backend);
    try {
      long start = fixture.store().catalogSequence();
      assertThat(start).isPositive();
      fixture.store().createLayer(Layers.valves());
      long created = fixture.store().catalogSequence();
      assertThat(created).isGreaterThan(start);
      fixture.store().alterLayer("water_valves", LayerChange.retitle("给水阀门（新）"));
      long altered = fixture.store().catalogSequence();
      assertThat(altered).isGreaterThan(created);
      // Feature edits are not catalog changes.
      fixture
          .store()
          .apply(
              "water_valves",
              List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "JS001"))),
              EditContext.by("tester"));
      assertThat(fixture.store().catalogSequence()).isEqualTo(altered);
      fixture = fixture.restart();
      assertThat(fixture.store().catalogSequence()).isEqualTo(altered);
      fixture.store().dropLayer("water_valves");
      assertThat(fixture.store().catalogSequence()).isGreaterThan(altered);
      // A failed creation (the layer exists) changes nothing.
      fixture.store().createLayer(Layers.valves());
      long again = fixture.store().catalogSequence();
      StoreFixture f = fixture;
      assertThatThrownBy(() -> f.store().createLayer(Layers.valves()))
          .isInstanceOf(LayerExistsException.class);
      assertThat(fixture.store().catalogSequence()).isEqualTo(again);
    } finally {
      fixture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anAttributesReadRoleIsStoredAndLifted(Backend backend) {
    StoreFixture fixture = StoreFixture.open(backend);
    try {
      fixture.store().createLayer(Layers.valves());
      LayerDefinition restricted =
          fixture.store().setAttributeReadRole("water_valves", "diameter", "EDITOR");
      assertThat(restricted.attribute("diameter").orElseThrow().readRole()).isEqualTo("EDITOR");
      fixture = fixture.restart();
      LayerDefinition read = fixture.store().requireLayer("water_valves");
      assertThat(read.attribute("diameter").orElseThrow().readRole()).isEqualTo("EDITOR");
      assertThat(read.attribute("code").orElseThrow().readRole()).isNull();
      assertThat(read.withAttributesOnly(a -> a.readRole() == null).attribute("diameter"))
          .isEmpty();
      FeatureStore store = fixture.store();
      assertThatThrownBy(() -> store.setAttributeReadRole("water_valves", "diameter", "not a role"))
          .isInstanceOf(SchemaException.class);
      assertThatThrownBy(() -> store.setAttributeReadRole("water_valves", "nope", "EDITOR"))
          .hasMessageContaining("nope");
      store.setAttributeReadRole("water_valves", "diameter", null);
      assertThat(store.requireLayer("water_valves")).isEqualTo(Layers.valves());
    } finally {
      fixture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void alterAddsAttributesAndChangesMetadata(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      store.apply(
          "water_valves",
          List.of(FeatureEdit.insert("v1", Wkt.meizhouPoint(0, 0), Map.of("code", "JS001"))),
          EditContext.by("tester"));
      LayerDefinition altered =
          store.alterLayer(
              "water_valves",
              new LayerChange(
                  java.util.Optional.of("给水阀门(2026)"),
                  java.util.Optional.of(AccessLevel.INTERNAL),
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  List.of(AttributeDefinition.optional("owner", AttributeType.STRING, "权属单位"))));
      assertThat(store.requireLayer("water_valves")).isEqualTo(altered);
      assertThat(altered.attributes()).extracting(AttributeDefinition::name).endsWith("owner");
      store.apply(
          "water_valves",
          List.of(FeatureEdit.update("v1", null, Map.of("owner", "梅州市供水公司"))),
          EditContext.by("tester"));
      assertThat(store.get("water_valves", "v1").orElseThrow().attribute("owner"))
          .isEqualTo("梅州市供水公司");

      assertThatThrownBy(
              () ->
                  store.alterLayer(
                      "water_valves",
                      LayerChange.addAttributes(
                          AttributeDefinition.required("x", AttributeType.STRING, "必填"))))
          .isInstanceOf(SchemaException.class)
          .hasMessageContaining("already has features");
    }
  }

  /** The tree group an admin files a layer under: stored, trimmed, kept by other changes. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aLayerIsRegroupedAndTakenOutOfItsGroup(Backend backend) {
    StoreFixture fixture = StoreFixture.open(backend);
    try {
      fixture.store().createLayer(Layers.valves());
      assertThat(fixture.store().requireLayer("water_valves").group()).isEmpty();
      long before = fixture.store().catalogSequence();
      LayerDefinition grouped =
          fixture.store().alterLayer("water_valves", LayerChange.regroup("  规划专题 "));
      assertThat(grouped.group()).contains("规划专题");
      assertThat(fixture.store().catalogSequence()).isGreaterThan(before);
      // Another change leaves the group as it is.
      fixture.store().alterLayer("water_valves", LayerChange.retitle("给水阀门（规划）"));
      fixture = fixture.restart();
      LayerDefinition read = fixture.store().requireLayer("water_valves");
      assertThat(read.group()).contains("规划专题");
      assertThat(read.title()).isEqualTo("给水阀门（规划）");
      assertThat(read.withAccessLevel(AccessLevel.PUBLIC).group()).contains("规划专题");

      FeatureStore store = fixture.store();
      long sequence = store.catalogSequence();
      String tooLong = "组".repeat(LayerDefinition.MAX_GROUP_LENGTH + 1);
      assertThatThrownBy(() -> store.alterLayer("water_valves", LayerChange.regroup(tooLong)))
          .isInstanceOf(SchemaException.class)
          .hasMessageContaining("50");
      assertThat(store.requireLayer("water_valves").group()).contains("规划专题");
      assertThat(store.catalogSequence()).isEqualTo(sequence);
      String longest = "组".repeat(LayerDefinition.MAX_GROUP_LENGTH);
      assertThat(store.alterLayer("water_valves", LayerChange.regroup(longest)).group())
          .contains(longest);
      assertThat(store.requireLayer("water_valves").group()).contains(longest);

      // Blank: in no group again.
      store.alterLayer("water_valves", LayerChange.regroup(" "));
      fixture = fixture.restart();
      assertThat(fixture.store().requireLayer("water_valves").group()).isEmpty();
      // A layer created in a group keeps it.
      fixture.store().createLayer(Layers.parcels().withGroup("地籍"));
      assertThat(fixture.restart().store().requireLayer("parcels").group()).contains("地籍");
    } finally {
      fixture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void namedStylesAreSavedReplacedGuardedAsDefaultAndDroppedWithTheirLayer(Backend backend) {
    StoreFixture fixture = StoreFixture.open(backend);
    try {
      FeatureStore store = fixture.store();
      store.createLayer(Layers.valves());
      long before = store.catalogSequence();
      long version = store.layerVersion("water_valves");
      // Longer than a VARCHAR page: the document column is a CLOB / TEXT.
      String sld =
          "<StyledLayerDescriptor>" + "<!-- 注释 -->".repeat(5_000) + "</StyledLayerDescriptor>";
      java.time.Instant at = java.time.Instant.parse("2026-12-04T10:00:00Z");
      store.putLayerStyle(
          new cn.onemap.core.catalog.LayerStyle(
              "water_valves", "by_size", "按口径", sld, at, "admin"));
      assertThat(store.catalogSequence()).isGreaterThan(before);
      assertThat(store.layerVersion("water_valves")).isGreaterThan(version);
      assertThat(store.changesSince("water_valves", version, 10))
          .extracting(StoreChange::kind)
          .containsExactly(StoreChange.Kind.LAYER);
      store.putLayerStyle(
          new cn.onemap.core.catalog.LayerStyle(
              "water_valves", "by_size", "按口径（新）", sld + " ", at, null));
      fixture = fixture.restart();
      store = fixture.store();
      assertThat(store.layerStyles())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.title()).isEqualTo("按口径（新）");
                assertThat(s.sld()).isEqualTo(sld + " ");
                assertThat(s.updatedAt()).isEqualTo(at);
                assertThat(s.updatedBy()).isNull();
              });
      store.alterLayer(
          "water_valves",
          new LayerChange(
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              java.util.Optional.of("by_size"),
              java.util.Optional.empty(),
              List.of()));
      FeatureStore s = store;
      assertThatThrownBy(() -> s.removeLayerStyle("water_valves", "by_size"))
          .isInstanceOf(cn.onemap.core.GisException.class)
          .hasMessageContaining("default style")
          .extracting(e -> ((cn.onemap.core.GisException) e).code())
          .isEqualTo("STYLE_IN_USE");
      assertThat(store.layerStyles()).hasSize(1);
      assertThatThrownBy(
              () ->
                  s.putLayerStyle(
                      new cn.onemap.core.catalog.LayerStyle("no_such", "x", "", sld, at, null)))
          .isInstanceOf(LayerNotFoundException.class);
      assertThat(store.removeLayerStyle("water_valves", "other")).isFalse();
      store.dropLayer("water_valves");
      assertThat(store.layerStyles()).isEmpty();
    } finally {
      fixture.close();
    }
  }

  /**
   * An admin's change on one node (access level, title, style) reaches the other within seconds.
   */
  @Test
  void anotherNodeSeesCatalogChangesWithinSeconds() throws Exception {
    try (StoreFixture fixture = StoreFixture.open(Backend.POSTGIS);
        JdbcFeatureStore other = fixture.secondNode()) {
      FeatureStore store = fixture.store();
      store.createLayer(Layers.valves());
      long deadline = System.currentTimeMillis() + 5_000;
      while (other.layer("water_valves").isEmpty()) {
        assertThat(System.currentTimeMillis()).isLessThan(deadline);
        Thread.sleep(50);
      }
      assertThat(other.requireLayer("water_valves").accessLevel())
          .isEqualTo(AccessLevel.RESTRICTED);
      store.alterLayer(
          "water_valves",
          new LayerChange(
              java.util.Optional.of("给水阀门（改）"),
              java.util.Optional.of(AccessLevel.PUBLIC),
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              List.of()));
      deadline = System.currentTimeMillis() + 5_000;
      while (other.requireLayer("water_valves").accessLevel() != AccessLevel.PUBLIC) {
        assertThat(System.currentTimeMillis())
            .as("the other node still reads the old access level")
            .isLessThan(deadline);
        Thread.sleep(50);
      }
      assertThat(other.requireLayer("water_valves").title()).isEqualTo("给水阀门（改）");
      assertThat(other.layers()).extracting(LayerDefinition::title).contains("给水阀门（改）");
    }
  }

  @Test
  void styleNamesAndDocumentsAreChecked() {
    java.time.Instant at = java.time.Instant.EPOCH;
    assertThatThrownBy(
            () -> new cn.onemap.core.catalog.LayerStyle("roads", "default", "", "<x/>", at, null))
        .isInstanceOf(SchemaException.class);
    assertThatThrownBy(
            () -> new cn.onemap.core.catalog.LayerStyle("roads", "1a", "", "<x/>", at, null))
        .isInstanceOf(SchemaException.class);
    assertThatThrownBy(
            () -> new cn.onemap.core.catalog.LayerStyle("roads", "a b", "", "<x/>", at, null))
        .isInstanceOf(SchemaException.class);
    assertThatThrownBy(() -> new cn.onemap.core.catalog.LayerStyle("roads", "a", "", " ", at, null))
        .isInstanceOf(SchemaException.class);
    assertThat(
            new cn.onemap.core.catalog.LayerStyle("roads", "Main-1", " ", "<x/>", at, null).title())
        .isEqualTo("Main-1");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void dropRemovesLayerAndDuplicateCreateIsRefused(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      assertThatThrownBy(() -> store.createLayer(Layers.valves()))
          .isInstanceOf(LayerExistsException.class);
      store.createLayer(Layers.parcels());
      assertThat(store.layers())
          .extracting(LayerDefinition::id)
          .containsExactly("parcels", "water_valves");
      store.dropLayer("water_valves");
      assertThat(store.layer("water_valves")).isEmpty();
      assertThatThrownBy(() -> store.count(FeatureQuery.layer("water_valves").build()))
          .isInstanceOf(LayerNotFoundException.class);
      store.createLayer(Layers.valves()); // the id is free again
      assertThat(store.count(FeatureQuery.layer("water_valves").build())).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void invalidDefinitionsAreRefusedBeforeTouchingTheDatabase(Backend backend) {
    try (StoreFixture f = StoreFixture.open(backend)) {
      assertThatThrownBy(() -> AttributeDefinition.optional("名称", AttributeType.STRING, "名称"))
          .isInstanceOf(SchemaException.class)
          .hasMessageContaining("label");
      assertThatThrownBy(() -> AttributeDefinition.optional("fid", AttributeType.STRING, "id"))
          .isInstanceOf(SchemaException.class)
          .hasMessageContaining("reserved");
      assertThatThrownBy(
              () ->
                  AttributeDefinition.optional(
                      "x\"; DROP TABLE om_layer; --", AttributeType.STRING, ""))
          .isInstanceOf(SchemaException.class);
      assertThat(f.store().layers()).isEmpty();
    }
  }

  /**
   * Attributes added while other threads insert and update features of the layer: every edit lands
   * once (H2 rebuilds the table on ALTER TABLE; edits of other sessions meanwhile were lost).
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void attributesAddedDuringConcurrentEditsLoseNoEdit(Backend backend) throws Exception {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(Layers.valves());
      int writers = 4;
      int perWriter = 40;
      var pool = java.util.concurrent.Executors.newFixedThreadPool(writers + 1);
      try {
        List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
          int writer = w;
          running.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perWriter; i++) {
                      String id = "w" + writer + "-" + i;
                      store.apply(
                          "water_valves",
                          List.of(
                              FeatureEdit.insert(
                                  id, Wkt.meizhouPoint(0, 0), Map.of("code", "JS" + i))),
                          EditContext.by("tester"));
                      store.apply(
                          "water_valves",
                          List.of(FeatureEdit.update(id, null, Map.of("code", "JS-" + i))),
                          EditContext.by("tester"));
                    }
                    return null;
                  }));
        }
        running.add(
            pool.submit(
                () -> {
                  for (int a = 0; a < 5; a++) {
                    store.alterLayer(
                        "water_valves",
                        new LayerChange(
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            List.of(
                                AttributeDefinition.optional(
                                    "extra" + a, AttributeType.STRING, "附加" + a))));
                    Thread.sleep(20);
                  }
                  return null;
                }));
        for (var r : running) {
          r.get();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(store.count(FeatureQuery.layer("water_valves").build()))
          .isEqualTo(writers * perWriter);
      for (int w = 0; w < writers; w++) {
        for (int i = 0; i < perWriter; i++) {
          String id = "w" + w + "-" + i;
          assertThat(store.get("water_valves", id).orElseThrow().attribute("code"))
              .as(id)
              .isEqualTo("JS-" + i);
          assertThat(store.history("water_valves", id)).as(id).hasSize(2);
        }
      }
      assertThat(store.requireLayer("water_valves").attribute("extra4")).isPresent();
    }
  }
}
