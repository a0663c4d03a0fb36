package cn.onemap.loaders.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<List<String>> read(String text, char sep) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader r = new CsvReader(new StringReader(text), sep)) {
      for (var row = r.next(); row.isPresent(); row = r.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  @Test
  void aRecordWithTooManyColumnsIsRefusedAtTheLimitWithoutReadingOn() throws IOException {
    String wide = "a,".repeat(1_000_000) + "a\n";
    long start = System.nanoTime();
    try (CsvReader r = new CsvReader(new StringReader(wide), ',')) {
      assertThatThrownBy(r::next)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("more than 2000 columns");
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    try (CsvReader r = new CsvReader(new StringReader("a,b,c\n"), ',', 3)) {
      assertThat(r.next()).contains(List.of("a", "b", "c"));
    }
    try (CsvReader r = new CsvReader(new StringReader("a,b,c,d\n"), ',', 3)) {
      assertThatThrownBy(r::next).hasMessageContaining("more than 3 columns");
    }
  }

  @Test
  void repeatedHeaderNamesAreMadeUniqueInLinearTime() {
    var raw = new ArrayList<String>();
    for (int i = 0; i < 200_000; i++) {
      raw.add(i % 2 == 0 ? "name" : " ");
    }
    raw.add("name_2"); // already taken by the second "name": gets its own suffix
    long start = System.nanoTime();
    List<String> names = CsvSource.uniqueNames(raw);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    assertThat(names.subList(0, 4)).containsExactly("name", "column_2", "name_2", "column_4");
    assertThat(names.get(names.size() - 1)).isEqualTo("name_2_2");
    assertThat(new java.util.HashSet<>(names)).hasSize(names.size());
  }

  @Test
  void quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
    assertThat(read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\nx,\"two\nlines\",\n", ','))
        .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("x", "two\nlines", ""));
  }

  @Test
  void otherSeparatorsAndNoFinalNewline() throws IOException {
    assertThat(read("名称;管径\n阀门;100", ';'))
        .containsExactly(List.of("名称", "管径"), List.of("阀门", "100"));
  }

  @Test
  void anUnclosedQuoteIsAnError() {
    assertThatThrownBy(() -> read("a,\"b\n", ','))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not closed");
  }
}
