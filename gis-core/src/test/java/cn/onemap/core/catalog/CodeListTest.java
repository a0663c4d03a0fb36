package cn.onemap.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeListTest {
  private static CodeList categories() {
    return new CodeList(
        "pipe_category",
        "管线大类",
        "CJJ 61-2017",
        List.of(new CodeEntry("JS", "给水", "#00ffff"), CodeEntry.of("PS", "排水")));
  }

  @Test
  void namesCodesAndKeepsOrderAndColours() {
    CodeList list = categories();
    assertThat(list.codes()).containsExactly("JS", "PS");
    assertThat(list.name("JS")).contains("给水");
    assertThat(list.name("XX")).isEmpty();
    assertThat(list.name(null)).isEmpty();
    assertThat(list.entries().get(0).colour()).isEqualTo("#00FFFF");
    assertThat(list.entries().get(1).colour()).isNull();
  }

  @Test
  void refusesDuplicateCodesEmptyNamesBadColoursAndEmptyLists() {
    assertThatThrownBy(
            () ->
                new CodeList(
                    "l", "t", "", List.of(CodeEntry.of("JS", "给水"), CodeEntry.of("JS", "配水"))))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("'JS' twice");
    assertThatThrownBy(() -> CodeEntry.of("JS", " "))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("needs a name");
    assertThatThrownBy(() -> new CodeEntry("JS", "给水", "cyan"))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("#RRGGBB");
    assertThatThrownBy(() -> new CodeList("l", "t", "", List.of()))
        .isInstanceOf(SchemaException.class);
    assertThatThrownBy(() -> new CodeList("Bad-Id", "t", "", List.of(CodeEntry.of("a", "b"))))
        .isInstanceOf(SchemaException.class);
    assertThatThrownBy(() -> new CodeList("l", " ", "", List.of(CodeEntry.of("a", "b"))))
        .isInstanceOf(SchemaException.class);
  }

  @Test
  void anAttributeTakesAListOnlyWhenItsTypeHoldsEveryCode() {
    CodeList text = categories();
    text.requireFits("l", AttributeDefinition.optional("category", AttributeType.STRING, "大类"));
    assertThatThrownBy(
            () ->
                text.requireFits(
                    "l", AttributeDefinition.optional("grade", AttributeType.INTEGER, "等级")))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("code 'JS'");
    CodeList numbers =
        new CodeList("grades", "等级", "", List.of(CodeEntry.of("1", "一级"), CodeEntry.of("2", "二级")));
    numbers.requireFits("l", AttributeDefinition.optional("grade", AttributeType.LONG, "等级"));
    // "01" would be stored as 1 and never match its code again
    CodeList padded = new CodeList("p", "等级", "", List.of(CodeEntry.of("01", "一级")));
    assertThatThrownBy(
            () ->
                padded.requireFits(
                    "l", AttributeDefinition.optional("grade", AttributeType.INTEGER, "等级")))
        .isInstanceOf(SchemaException.class);
    assertThatThrownBy(
            () ->
                numbers.requireFits(
                    "l", AttributeDefinition.optional("depth", AttributeType.DOUBLE, "埋深")))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("only STRING, INTEGER and LONG");
  }
}
