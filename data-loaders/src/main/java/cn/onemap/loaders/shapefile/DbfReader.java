package cn.onemap.loaders.shapefile;

import cn.onemap.core.catalog.AttributeType;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads dBASE III/IV .dbf files record by record: header, field descriptors, then fixed-length
 * records. Text (field names and C fields) is decoded with the charset the caller decided ({@link
 * DbfEncoding}). Numbers become Integer/Long/Double by the field's declared length and decimals,
 * blank or "*****" (overflow) values are null, D fields LocalDate, L fields Boolean; a value that
 * does not parse is passed on as text so the attribute check reports it for that row.
 */
final class DbfReader implements AutoCloseable {
  private final DataInputStream in;
  private final List<DbfField> fields;
  private final int recordLength;
  private final int records;
  private final Charset charset;
  private final byte[] record;
  private int read;

  /** The header, before any record; used for encoding detection too. */
  record Header(
      int records,
      int headerLength,
      int recordLength,
      int languageDriver,
      List<byte[]> rawNames,
      List<DbfField> layout) {}

  DbfReader(InputStream raw, Charset charset) throws IOException {
    this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    this.charset = charset;
    Header h = readHeader(in);
    this.records = h.records();
    this.recordLength = h.recordLength();
    this.record = new byte[recordLength];
    List<DbfField> named = new ArrayList<>();
    for (int i = 0; i < h.layout().size(); i++) {
      DbfField f = h.layout().get(i);
      named.add(
          new DbfField(
              decodeName(h.rawNames().get(i), charset),
              f.type(),
              f.offset(),
              f.length(),
              f.decimals()));
    }
    this.fields = List.copyOf(named);
    in.skipNBytes(h.headerLength() - 32 - 32L * fields.size() - 1);
  }

  /** Reads the 32-byte header and the field descriptors (stream left after the 0x0D terminator). */
  static Header readHeader(DataInputStream in) throws IOException {
    byte[] head = new byte[32];
    in.readFully(head);
    ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    int records = b.getInt(4);
    int headerLength = b.getShort(8) & 0xFFFF;
    int recordLength = b.getShort(10) & 0xFFFF;
    int ldid = head[29] & 0xFF;
    List<byte[]> names = new ArrayList<>();
    List<DbfField> layout = new ArrayList<>();
    int offset = 0;
    while (true) {
      int first = in.read();
      if (first == 0x0D || first < 0) {
        break;
      }
      byte[] d = new byte[32];
      d[0] = (byte) first;
      in.readFully(d, 1, 31);
      int nameLength = 0;
      while (nameLength < 11 && d[nameLength] != 0) {
        nameLength++;
      }
      byte[] name = new byte[nameLength];
      System.arraycopy(d, 0, name, 0, nameLength);
      int length = d[16] & 0xFF;
      names.add(name);
      layout.add(new DbfField("", (char) (d[11] & 0xFF), offset, length, d[17] & 0xFF));
      offset += length;
    }
    if (records < 0 || recordLength < 1 || offset + 1 > recordLength) {
      throw new IOException(
          "broken .dbf header (" + records + " records of " + recordLength + " bytes)");
    }
    return new Header(records, headerLength, recordLength, ldid, names, layout);
  }

  private static String decodeName(byte[] raw, Charset cs) {
    return new String(raw, cs).strip();
  }

  List<DbfField> fields() {
    return fields;
  }

  int records() {
    return records;
  }

  /**
   * The next record's values, or empty at the end; a deleted record is returned as null values with
   * deleted=true.
   */
  Optional<DbfRecord> next() throws IOException {
    if (read >= records) {
      return Optional.empty();
    }
    try {
      in.readFully(record);
    } catch (EOFException e) {
      throw new IOException("the .dbf ends after " + read + " of " + records + " records", e);
    }
    read++;
    boolean deleted = record[0] == '*';
    Map<String, Object> values = new HashMap<>(fields.size() * 2);
    for (DbfField f : fields) {
      if (f.attributeType().isPresent()) {
        values.put(f.name(), value(f));
      }
    }
    return Optional.of(new DbfRecord(read, deleted, values));
  }

  /** One DBF record. */
  record DbfRecord(int number, boolean deleted, Map<String, Object> values) {}

  private Object value(DbfField f) throws IOException {
    int start = 1 + f.offset();
    int end = start + f.length();
    if (f.type() == 'I') {
      return ByteBuffer.wrap(record, start, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
    // trim spaces and NULs on both sides
    while (start < end && (record[start] == ' ' || record[start] == 0)) {
      start++;
    }
    while (end > start && (record[end - 1] == ' ' || record[end - 1] == 0)) {
      end--;
    }
    if (start == end) {
      return null;
    }
    return switch (f.type()) {
      case 'C' -> text(f, start, end);
      case 'N', 'F' -> number(f, ascii(start, end));
      case 'L' -> logical(record[start]);
      case 'D' -> date(ascii(start, end));
      default -> null;
    };
  }

  /** Text in the decided charset; declared UTF-8 must be valid UTF-8 (no silent U+FFFD). */
  private String text(DbfField f, int start, int end) throws IOException {
    if (!charset.equals(java.nio.charset.StandardCharsets.UTF_8)) {
      return new String(record, start, end - start, charset);
    }
    try {
      return cn.onemap.loaders.text.StrictUtf8.decode(record, start, end - start);
    } catch (cn.onemap.loaders.text.StrictUtf8.InvalidUtf8 e) {
      throw new IOException(
          "DBF record "
              + read
              + ", field "
              + f.name()
              + ": declared UTF-8 (.cpg) but byte "
              + (e.offset() + 1)
              + " of the value is not valid UTF-8; give the real encoding (e.g. GBK)",
          e);
    }
  }

  private String ascii(int start, int end) {
    return new String(record, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static Object number(DbfField f, String s) {
    if (s.charAt(0) == '*') {
      return null; // numeric overflow marker
    }
    AttributeType t = f.attributeType().orElseThrow();
    try {
      return switch (t) {
        case INTEGER -> Integer.parseInt(s);
        case LONG -> Long.parseLong(s);
        default -> Double.parseDouble(s);
      };
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(s); // "12.0" in an integer field: the attribute check decides
      } catch (NumberFormatException e2) {
        return s;
      }
    }
  }

  private static Boolean logical(byte b) {
    return switch (b) {
      case 'T', 't', 'Y', 'y' -> Boolean.TRUE;
      case 'F', 'f', 'N', 'n' -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Object date(String s) {
    if (s.length() != 8) {
      return s;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(s.substring(0, 4)),
          Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6, 8)));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return s;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
