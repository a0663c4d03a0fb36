package cn.onemap.loaders.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV records: fields quoted when they hold a separator, quote or line break, and a
 * leading {@code = + - @} prefixed with an apostrophe so spreadsheet programs do not evaluate it as
 * a formula (CSV injection). Lines end with LF. Not thread-safe.
 */
public final class CsvWriter implements AutoCloseable {
  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void record(List<String> fields) throws IOException {
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        out.write(',');
      }
      field(out, fields.get(k));
    }
    out.write('\n');
  }

  /** Writes one field, quoted and protected as described above. */
  public static void field(Writer out, String s) throws IOException {
    String v = s == null ? "" : s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      out.write('"');
      out.write(v.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(v);
    }
  }

  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
