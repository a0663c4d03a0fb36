package cn.onemap.workflow.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed table: its header and its rows, each with its line number. Lines starting with {@code #}
 * and blank lines are skipped; fields are trimmed; a quote character is rejected rather than
 * half-understood (the tables need none). Every row must have as many fields as the header.
 */
public final class CsvTable {
  private final String source;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String source, List<String> header, List<Row> rows) {
    this.source = source;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
  }

  /** Parses {@code text}; {@code source} names it in error messages. */
  public static CsvTable parse(String source, String text) {
    return parse(source, new StringReader(text));
  }

  /** Reads a classpath resource (UTF-8). */
  public static CsvTable resource(String resource) {
    InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new TableFormatException(resource, 0, "resource not found on the classpath");
    }
    return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Reads and closes {@code reader}. */
  public static CsvTable parse(String source, Reader reader) {
    List<String> header = null;
    var rows = new ArrayList<Row>();
    try (var in = new BufferedReader(reader)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String t = line.trim();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.indexOf('"') >= 0) {
          throw new TableFormatException(source, n, "quotes are not supported: " + t);
        }
        List<String> fields = split(t);
        if (header == null) {
          header = fields;
          continue;
        }
        if (fields.size() != header.size()) {
          throw new TableFormatException(
              source,
              n,
              "expected " + header.size() + " fields " + header + ", found " + fields.size());
        }
        rows.add(new Row(source, n, header, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (header == null) {
      throw new TableFormatException(source, 0, "no header line");
    }
    return new CsvTable(source, header, rows);
  }

  /** Fails unless the header is exactly {@code expected} (in order). */
  public CsvTable requireHeader(String... expected) {
    if (!header.equals(List.of(expected))) {
      throw new TableFormatException(
          source, 0, "expected header " + String.join(",", expected) + ", found " + header);
    }
    return this;
  }

  public String source() {
    return source;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  private static List<String> split(String line) {
    var out = new ArrayList<String>();
    int from = 0;
    while (true) {
      int comma = line.indexOf(',', from);
      out.add(line.substring(from, comma < 0 ? line.length() : comma).trim());
      if (comma < 0) {
        return out;
      }
      from = comma + 1;
    }
  }

  /** One data line. */
  public static final class Row {
    private final String source;
    private final int line;
    private final Map<String, String> values;

    Row(String source, int line, List<String> header, List<String> fields) {
      this.source = source;
      this.line = line;
      this.values = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.put(header.get(i), fields.get(i));
      }
    }

    /** 1-based line number in the source. */
    public int line() {
      return line;
    }

    /** The (trimmed) field of {@code column}, possibly empty. */
    public String get(String column) {
      String v = values.get(column);
      if (v == null) {
        throw error("no column " + column);
      }
      return v;
    }

    /** The field of {@code column}; fails when it is empty. */
    public String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error(column + " is empty");
      }
      return v;
    }

    /** An error about this row, to throw. */
    public TableFormatException error(String problem) {
      return new TableFormatException(source, line, problem);
    }
  }
}
