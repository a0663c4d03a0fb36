package cn.onemap.tiles.thematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Rule;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Thematic styles of a small parcel layer whose land-use attribute has a coloured code list. */
class ThematicStylesTest {
  private StoreFixture fixture;
  private FeatureStore store;
  private LayerDefinition parcels;

  @BeforeEach
  void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    store = fixture.store();
    store.putCodeList(
        new CodeList(
            "land_use",
            "用地",
            "",
            List.of(
                new CodeEntry("0701", "城镇住宅用地", "#FFFF00"),
                new CodeEntry("0601", "工业用地", "#C89664"),
                new CodeEntry("1101", "河流水面", null))));
    LayerDefinition def =
        LayerDefinition.of(
            "parcels",
            "宗地",
            LayerKind.THEMATIC,
            GeometryType.POLYGON,
            List.of(
                AttributeDefinition.optional("landuse", AttributeType.STRING, "用地代码"),
                AttributeDefinition.optional("area", AttributeType.DOUBLE, "面积"),
                AttributeDefinition.optional("name", AttributeType.STRING, "名称")));
    store.createLayer(def);
    parcels = store.setAttributeCodeList("parcels", "landuse", "land_use");
    List<FeatureEdit> edits = new ArrayList<>();
    String[] uses = {"0601", "0701", "0701", "1101", null, "0701"};
    double[] areas = {1, 2, 3, 10, 11, 12};
    for (int i = 0; i < uses.length; i++) {
      Map<String, Object> a = new java.util.HashMap<>();
      a.put("landuse", uses[i]);
      a.put("area", areas[i]);
      a.put("name", "p" + i);
      double x = 116 + i * 0.01;
      edits.add(
          FeatureEdit.insert(
              Wkt.read(
                  "POLYGON (("
                      + x
                      + " 24, "
                      + (x + 0.005)
                      + " 24, "
                      + (x + 0.005)
                      + " 24.005, "
                      + x
                      + " 24))"),
              a));
    }
    store.apply("parcels", edits, EditContext.by("test"));
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void aMapAsOfAPastDateIsClassifiedByThatDatesFeatures() throws Exception {
    java.time.Instant before = java.time.Instant.now();
    Thread.sleep(5);
    // p0 (工业用地) becomes housing, and a river parcel is added
    String p0 =
        store.query(cn.onemap.core.store.FeatureQuery.layer("parcels").build()).stream()
            .filter(f -> "p0".equals(f.attribute("name")))
            .findFirst()
            .orElseThrow()
            .id();
    store.apply(
        "parcels",
        List.of(FeatureEdit.update(p0, null, Map.of("landuse", "0701"))),
        EditContext.by("test"));
    ThematicStyles styles = new ThematicStyles(store);
    ThematicSpec spec = ThematicSpec.category("landuse", "tableau");
    assertThat(styles.make(parcels, spec, Optional.empty()).classes())
        .extracting(ThematicClass::label, ThematicClass::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("城镇住宅用地", 4L),
            org.assertj.core.groups.Tuple.tuple("河流水面", 1L),
            org.assertj.core.groups.Tuple.tuple("其他", 1L));
    assertThat(styles.make(parcels, spec, Optional.of(before)).classes())
        .extracting(ThematicClass::label, ThematicClass::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("城镇住宅用地", 3L),
            org.assertj.core.groups.Tuple.tuple("工业用地", 1L),
            org.assertj.core.groups.Tuple.tuple("河流水面", 1L),
            org.assertj.core.groups.Tuple.tuple("其他", 1L));
    assertThat(
            styles.byName(parcels, spec.styleName(), Optional.of(before)).orElseThrow().classes())
        .hasSize(4);
  }

  @Test
  void categoriesFollowTheCodeListWithItsColoursAndNames() {
    Thematic t =
        new ThematicStyles(store)
            .make(parcels, ThematicSpec.category("landuse", "tableau"), Optional.empty());
    assertThat(t.classes())
        .extracting(ThematicClass::label)
        .containsExactly("城镇住宅用地", "工业用地", "河流水面", "其他");
    assertThat(t.classes()).extracting(ThematicClass::count).containsExactly(3L, 1L, 1L, 1L);
    // code-list colours; the code without one gets the palette's first colour
    assertThat(t.classes())
        .extracting(ThematicClass::colour)
        .containsExactly("#FFFF00", "#C89664", "#4E79A7", "#BDBDBD");
    List<Rule> rules = t.style().rules();
    assertThat(rules.get(3).elseFilter()).isTrue();
    PolygonSymbolizer p = (PolygonSymbolizer) rules.get(0).symbolizers().get(0);
    assertThat(p.fill().orElseThrow().color()).isEqualTo(new Color(0xFFFF00));
    assertThat(t.style().name()).isEqualTo("thematic-category-landuse-tableau");
  }

  @Test
  void graduatedClassesCountTheirFeatures() {
    Thematic t =
        new ThematicStyles(store)
            .make(
                parcels,
                ThematicSpec.graduated("area", ClassMethod.JENKS, 2, "blues"),
                Optional.empty());
    assertThat(t.classes()).extracting(ThematicClass::label).containsExactly("1 – 10", "10 – 12");
    assertThat(t.classes()).extracting(ThematicClass::count).containsExactly(3L, 3L);
    assertThat(t.features()).isEqualTo(6);
  }

  @Test
  void graduatedNeedsANumber() {
    ThematicStyles styles = new ThematicStyles(store);
    assertThatThrownBy(
            () ->
                styles.make(
                    parcels,
                    ThematicSpec.graduated("name", ClassMethod.JENKS, 3, null),
                    Optional.empty()))
        .isInstanceOf(ThematicException.class)
        .hasMessageContaining("needs a number");
    assertThatThrownBy(
            () -> styles.make(parcels, ThematicSpec.category("nope", null), Optional.empty()))
        .isInstanceOf(ThematicException.class)
        .hasMessageContaining("no attribute 'nope'");
  }

  @Test
  void stylesAreFoundByName() {
    ThematicStyles styles = new ThematicStyles(store);
    assertThat(styles.byName(parcels, "thematic-heat-20-heat", Optional.empty())).isPresent();
    assertThat(styles.byName(parcels, "thematic-bogus", Optional.empty())).isEmpty();
  }
}
