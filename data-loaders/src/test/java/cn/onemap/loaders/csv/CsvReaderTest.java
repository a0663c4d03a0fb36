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
