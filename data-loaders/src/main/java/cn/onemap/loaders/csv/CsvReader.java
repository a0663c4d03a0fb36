package cn.onemap.loaders.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A streaming RFC 4180 CSV parser: quoted fields with doubled quotes, separators and line breaks
 * inside quotes, CRLF or LF line ends, a configurable separator. Reads through its own char buffer
 * so a 1 GB file costs no more memory than its longest record. Lenient where Excel is: a quote in
 * the middle of an unquoted field is kept as a character. A record with more than {@code
 * maxColumns} fields is refused as soon as the limit is passed (a header of 10^6 columns would
 * otherwise be read, named and typed in full).
 */
public final class CsvReader implements AutoCloseable {
  /** Default column limit: system property {@code onemap.csv.max-columns}, else 2,000. */
  public static final int MAX_COLUMNS = Integer.getInteger("onemap.csv.max-columns", 2_000);

  private final Reader in;
  private final char separator;
  private final int maxColumns;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private final StringBuilder field = new StringBuilder(64);

  public CsvReader(Reader in, char separator) {
    this(in, separator, MAX_COLUMNS);
  }

  public CsvReader(Reader in, char separator, int maxColumns) {
    if (maxColumns < 1) {
      throw new IllegalArgumentException("maxColumns must be positive");
    }
    this.in = in;
    this.separator = separator;
    this.maxColumns = maxColumns;
  }

  /** The next record's fields, or empty at the end of input. Blank lines are skipped. */
  public Optional<List<String>> next() throws IOException {
    while (true) {
      if (!fill()) {
        return Optional.empty();
      }
      char c = buf[pos];
      if (c == '\n' || c == '\r') {
        pos++; // blank line
        continue;
      }
      return Optional.of(record());
    }
  }

  private List<String> record() throws IOException {
    List<String> fields = new ArrayList<>();
    while (true) {
      boolean more = readField();
      fields.add(field.toString());
      if (more && fields.size() >= maxColumns) {
        throw new IOException(
            "a record has more than "
                + maxColumns
                + " columns (the limit, system property onemap.csv.max-columns)");
      }
      if (!more) {
        return fields;
      }
    }
  }

  /** Reads one field into {@link #field}; returns true when a separator followed it. */
  private boolean readField() throws IOException {
    field.setLength(0);
    if (fill() && buf[pos] == '"') {
      pos++;
      while (true) {
        if (!fill()) {
          throw new IOException("a quoted field is not closed before the end of the file");
        }
        char c = buf[pos++];
        if (c == '"') {
          if (fill() && buf[pos] == '"') {
            field.append('"');
            pos++;
          } else {
            break;
          }
        } else {
          field.append(c);
        }
      }
      // after the closing quote: take anything up to the separator/line end literally (lenient)
    }
    while (fill()) {
      char c = buf[pos];
      if (c == separator) {
        pos++;
        return true;
      }
      if (c == '\n' || c == '\r') {
        pos++;
        if (c == '\r' && fill() && buf[pos] == '\n') {
          pos++;
        }
        return false;
      }
      field.append(c);
      pos++;
    }
    return false;
  }

  private boolean fill() throws IOException {
    if (pos < len) {
      return true;
    }
    len = in.read(buf, 0, buf.length);
    pos = 0;
    if (len <= 0) {
      len = 0;
      return false;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
