package cn.onemap.workflow.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void commentsBlankLinesBomAndLineNumbers() {
    CsvTable t = CsvTable.parse("x.csv", "\uFEFF# note\na, b ,c\n\n1,2,\n# more\n4, 5 ,6\n");
    assertThat(t.header()).containsExactly("a", "b", "c");
    assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(4, 6);
    assertThat(t.rows().get(1).get("b")).isEqualTo("5");
    assertThat(t.rows().get(0).get("c")).isEmpty();
    assertThatThrownBy(() -> t.rows().get(0).required("c")).hasMessage("x.csv:4: c is empty");
    assertThatThrownBy(() -> t.rows().get(0).get("d")).hasMessage("x.csv:4: no column d");
  }

  @Test
  void errors() {
    assertThatThrownBy(() -> CsvTable.parse("x.csv", "# only a comment\n"))
        .isInstanceOf(TableFormatException.class)
        .hasMessage("x.csv:0: no header line");
    assertThatThrownBy(() -> CsvTable.parse("x.csv", "a,b\n1,2,3\n"))
        .hasMessage("x.csv:2: expected 2 fields [a, b], found 3");
  }
}
