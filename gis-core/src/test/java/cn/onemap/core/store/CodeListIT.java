package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.AttributeValueException;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.catalog.SchemaException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeListIT {
  private static final EditContext BY = EditContext.by("tester");

  private static CodeList categories() {
    return new CodeList(
        "pipe_category",
        "管线大类",
        "CJJ 61-2017",
        List.of(
            new CodeEntry("JS", "给水", "#00FFFF"),
            new CodeEntry("PS", "排水", "#8B4513"),
            CodeEntry.of("QT", "其他")));
  }

  private static LayerDefinition pipes() {
    return LayerDefinition.of(
        "pipes",
        "管线段",
        LayerKind.PIPELINE,
        GeometryType.POINT,
        List.of(
            AttributeDefinition.required("code", AttributeType.STRING, "编号"),
            AttributeDefinition.optional("category", AttributeType.STRING, "管线大类")
                .withCodeList("pipe_category"),
            AttributeDefinition.optional("note", AttributeType.STRING, "备注")));
  }

  private static FeatureEdit.Insert insert(String id, String category) {
    Map<String, Object> a = new HashMap<>();
    a.put("code", id);
    a.put("category", category);
    return FeatureEdit.insert(id, Wkt.meizhouPoint(0, 0), a);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void codeListsAndAttachmentsAreStoredAndSurviveARestart(Backend backend) {
    StoreFixture fixture = StoreFixture.open(backend);
    try {
      long before = fixture.store().catalogSequence();
      fixture.store().putCodeList(categories());
      assertThat(fixture.store().catalogSequence()).isGreaterThan(before);
      fixture.store().createLayer(pipes());
      fixture = fixture.restart();
      assertThat(fixture.store().codeList("pipe_category")).contains(categories());
      assertThat(fixture.store().codeLists()).extracting(CodeList::id).contains("pipe_category");
      assertThat(
              fixture.store().requireLayer("pipes").attribute("category").orElseThrow().codeList())
          .isEqualTo("pipe_category");
      assertThat(fixture.store().requireLayer("pipes")).isEqualTo(pipes());

      // Replace: new order, new entry, one gone; replaced whole.
      var replaced =
          new CodeList(
              "pipe_category",
              "管线类别",
              "CJJ 61-2017",
              List.of(CodeEntry.of("RQ", "燃气"), new CodeEntry("JS", "给水", "#00FFFF")));
      fixture.store().putCodeList(replaced);
      fixture = fixture.restart();
      assertThat(fixture.store().codeList("pipe_category")).contains(replaced);
    } finally {
      fixture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void writesOutsideTheListAreRefusedAndNothingIsWritten(Backend backend) {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      store.putCodeList(categories());
      store.createLayer(pipes());
      store.apply("pipes", List.of(insert("p1", "JS"), insert("p2", null)), BY);

      assertThatThrownBy(
              () -> store.apply("pipes", List.of(insert("p3", "PS"), insert("p4", "XX")), BY))
          .isInstanceOf(AttributeValueException.class)
          .hasMessageContaining("'XX'")
          .hasMessageContaining("pipe_category")
          .hasMessageContaining("JS 给水");
      assertThat(store.get("pipes", "p3")).isEmpty(); // the whole batch was refused
      assertThatThrownBy(
              () ->
                  store.apply(
                      "pipes",
                      List.of(FeatureEdit.update("p1", null, Map.of("category", "js"))),
                      BY))
          .isInstanceOf(AttributeValueException.class);
      assertThat(store.get("pipes", "p1").orElseThrow().attribute("category")).isEqualTo("JS");
      assertThatThrownBy(
              () -> store.bulkInsert("pipes", List.of(insert("p5", "??")).iterator(), BY, n -> {}))
          .isInstanceOf(AttributeValueException.class);
      assertThat(store.get("pipes", "p5")).isEmpty();

      // A replaced list drops PS: p6 keeps its stored PS and can still be edited otherwise.
      store.apply("pipes", List.of(insert("p6", "PS")), BY);
      store.putCodeList(
          new CodeList("pipe_category", "管线大类", "", List.of(CodeEntry.of("JS", "给水"))));
      store.apply("pipes", List.of(FeatureEdit.update("p6", null, Map.of("note", "巡检"))), BY);
      assertThat(store.get("pipes", "p6").orElseThrow().attribute("category")).isEqualTo("PS");
      assertThatThrownBy(() -> store.apply("pipes", List.of(insert("p7", "PS")), BY))
          .isInstanceOf(AttributeValueException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void attachingChecksTheListExistsAndFitsTheType(Backend backend) {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      // A layer naming an unknown list is refused before anything is created.
      assertThatThrownBy(() -> store.createLayer(pipes()))
          .isInstanceOf(SchemaException.class)
          .hasMessageContaining("does not exist");
      assertThat(store.layer("pipes")).isEmpty();

      store.putCodeList(categories());
      store.createLayer(pipes());
      store.apply("pipes", List.of(insert("p1", "JS")), BY);
      // Detach: free values again; attach again: checked again.
      LayerDefinition free = store.setAttributeCodeList("pipes", "category", null);
      assertThat(free.attribute("category").orElseThrow().codeList()).isNull();
      store.apply("pipes", List.of(insert("p2", "自定义")), BY);
      long seq = store.catalogSequence();
      store.setAttributeCodeList("pipes", "note", "pipe_category");
      assertThat(store.catalogSequence()).isGreaterThan(seq);
      assertThatThrownBy(
              () ->
                  store.apply(
                      "pipes", List.of(FeatureEdit.update("p1", null, Map.of("note", "备注"))), BY))
          .isInstanceOf(AttributeValueException.class);
      store.apply("pipes", List.of(FeatureEdit.update("p1", null, Map.of("note", "QT"))), BY);

      store.alterLayer(
          "pipes",
          LayerChange.addAttributes(
              AttributeDefinition.optional("grade", AttributeType.INTEGER, "等级")));
      assertThatThrownBy(() -> store.setAttributeCodeList("pipes", "grade", "pipe_category"))
          .isInstanceOf(SchemaException.class)
          .hasMessageContaining("code 'JS'");
      assertThatThrownBy(() -> store.setAttributeCodeList("pipes", "grade", "nope"))
          .isInstanceOf(SchemaException.class);
      assertThatThrownBy(() -> store.setAttributeCodeList("pipes", "missing", "pipe_category"))
          .isInstanceOf(cn.onemap.core.catalog.UnknownPropertyException.class);
      assertThat(store.requireLayer("pipes").attribute("grade").orElseThrow().codeList()).isNull();

      // A replacement the attached attributes cannot hold is refused; the old list stays.
      store.putCodeList(
          new CodeList(
              "grades", "等级", "", List.of(CodeEntry.of("1", "一级"), CodeEntry.of("2", "二级"))));
      store.setAttributeCodeList("pipes", "grade", "grades");
      var letters = new CodeList("grades", "等级", "", List.of(CodeEntry.of("A", "甲")));
      assertThatThrownBy(() -> store.putCodeList(letters)).isInstanceOf(SchemaException.class);
      assertThat(store.codeList("grades").orElseThrow().codes()).containsExactly("1", "2");
      store.apply("pipes", List.of(FeatureEdit.update("p1", null, Map.of("grade", 2))), BY);
      assertThatThrownBy(
              () ->
                  store.apply(
                      "pipes", List.of(FeatureEdit.update("p1", null, Map.of("grade", 3))), BY))
          .isInstanceOf(AttributeValueException.class);
    }
  }
}
