package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dBase III table of a Shapefile. Field names are cut to dBase's 10 bytes and made unique
 * ({@code descriptio}, {@code descript_1}); text is written in the chosen encoding and cut at 254
 * bytes on a character boundary; widths are the widest value seen, so values are first spooled to a
 * temporary file per shape group ({@link #spool}) and laid out at the end ({@link #write}). Types:
 * text C, integers N(11)/N(20), reals N with the decimals seen (at most 15), booleans L, dates D;
 * timestamps have no dBase type and are written as ISO 8601 text C(24). What was cut or converted
 * is listed by {@link #notes}.
 */
final class DbfTable {
  static final int MAX_TEXT = 254;

  private final List<AttributeDefinition> attributes;
  private final Charset charset;
  private final String[] names;
  private final int[] widths;
  private final int[] decimals;
  private final int[] truncated;

  DbfTable(List<AttributeDefinition> attributes, Charset charset) {
    this.attributes = attributes;
    this.charset = charset;
    int n = attributes.size() + 1;
    names = new String[n];
    widths = new int[n];
    decimals = new int[n];
    truncated = new int[n];
    Set<String> used = new HashSet<>();
    names[0] = unique("id", used);
    for (int i = 1; i < n; i++) {
      names[i] = unique(attributes.get(i - 1).name(), used);
    }
    Arrays.fill(widths, 1);
  }

  /** The name cut to 10 bytes, with {@code _1}, {@code _2}... when that name is taken. */
  private String unique(String name, Set<String> used) {
    String base = cut(name, 10);
    String candidate = base;
    for (int k = 1; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); k++) {
      String suffix = "_" + k;
      candidate = cut(name, 10 - suffix.length()) + suffix;
    }
    return candidate;
  }

  /** The longest prefix of {@code s} whose encoding fits in {@code maxBytes}. */
  private String cut(String s, int maxBytes) {
    CharsetEncoder enc = charset.newEncoder();
    int end = s.length();
    while (end > 0 && encodedLength(enc, s.substring(0, end)) > maxBytes) {
      end = Character.isLowSurrogate(s.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
    }
    return s.substring(0, end);
  }

  private static int encodedLength(CharsetEncoder enc, String s) {
    try {
      return enc.encode(java.nio.CharBuffer.wrap(s)).remaining();
    } catch (java.nio.charset.CharacterCodingException e) {
      return s.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  /** Appends one row's values to {@code rows} (as text), measuring the widths. */
  void spool(DataOutputStream rows, String id, Map<String, Object> values) throws IOException {
    text(rows, 0, id, AttributeType.STRING);
    for (int i = 1; i < names.length; i++) {
      AttributeDefinition a = attributes.get(i - 1);
      Object v = values.get(a.name());
      text(rows, i, v == null ? null : format(a.type(), v, i), a.type());
    }
  }

  private String format(AttributeType type, Object v, int field) {
    return switch (type) {
      case BOOLEAN -> Boolean.TRUE.equals(v) ? "T" : "F";
      case DATE -> ((LocalDate) v).toString().replace("-", "");
      case DOUBLE -> {
        String s = Values.number(((Number) v).doubleValue());
        int dot = s.indexOf('.');
        decimals[field] =
            Math.min(15, Math.max(decimals[field], dot < 0 ? 0 : s.length() - dot - 1));
        yield s;
      }
      default -> Values.text(v);
    };
  }

  private void text(DataOutputStream rows, int field, String value, AttributeType type)
      throws IOException {
    if (value == null) {
      rows.writeInt(-1);
      return;
    }
    byte[] b = value.getBytes(charset);
    if (b.length > MAX_TEXT) {
      truncated[field]++;
      b = cut(value, MAX_TEXT).getBytes(charset);
    }
    if (type != AttributeType.DOUBLE) {
      widths[field] = Math.max(widths[field], b.length);
    }
    rows.writeInt(b.length);
    rows.write(b);
  }

  /** Writes the .dbf of a group whose {@code count} rows were spooled to {@code rows}. */
  void write(OutputStream out, Path rows, int count) throws IOException {
    int[] w = widths.clone();
    char[] type = new char[names.length];
    type[0] = 'C';
    for (int i = 1; i < names.length; i++) {
      AttributeType t = attributes.get(i - 1).type();
      type[i] =
          switch (t) {
            case INTEGER, LONG, DOUBLE -> 'N';
            case BOOLEAN -> 'L';
            case DATE -> 'D';
            default -> 'C';
          };
      if (t == AttributeType.INTEGER) {
        w[i] = 11;
      } else if (t == AttributeType.LONG) {
        w[i] = 20;
      } else if (t == AttributeType.DOUBLE) {
        w[i] = 24;
      } else if (t == AttributeType.BOOLEAN) {
        w[i] = 1;
      } else if (t == AttributeType.DATE) {
        w[i] = 8;
      } else if (t == AttributeType.TIMESTAMP) {
        w[i] = Math.max(w[i], 20);
      }
    }
    int recordLength = 1 + Arrays.stream(w).sum();
    int headerLength = 32 + 32 * names.length + 1;
    ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
    LocalDate today = LocalDate.now();
    h.put((byte) 0x03)
        .put((byte) (today.getYear() - 1900))
        .put((byte) today.getMonthValue())
        .put((byte) today.getDayOfMonth());
    h.putInt(count).putShort((short) headerLength).putShort((short) recordLength);
    h.position(29);
    // language driver: 0x4D is code page 936 (GBK) for readers that ignore the .cpg
    h.put((byte) (charset.equals(StandardCharsets.UTF_8) ? 0x00 : 0x4D));
    h.position(32);
    for (int i = 0; i < names.length; i++) {
      byte[] nb = Arrays.copyOf(names[i].getBytes(charset), 11);
      h.put(nb).put((byte) type[i]).putInt(0).put((byte) w[i]);
      h.put(
          (byte)
              (type[i] == 'N' && attributes.get(i - 1).type() == AttributeType.DOUBLE
                  ? decimals[i]
                  : 0));
      h.put(new byte[14]);
    }
    h.put((byte) 0x0D);
    out.write(h.array());
    byte[] record = new byte[recordLength];
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(rows), 1 << 16))) {
      for (int r = 0; r < count; r++) {
        Arrays.fill(record, (byte) ' ');
        int pos = 1;
        for (int i = 0; i < names.length; i++) {
          int len = in.readInt();
          if (len >= 0) {
            byte[] v = in.readNBytes(len);
            if (type[i] == 'N') {
              if (decimals[i] > 0) {
                v =
                    new BigDecimal(new String(v, StandardCharsets.US_ASCII))
                        .setScale(decimals[i], RoundingMode.HALF_UP)
                        .toPlainString()
                        .getBytes(StandardCharsets.US_ASCII);
              }
              int n = Math.min(v.length, w[i]);
              System.arraycopy(v, 0, record, pos + w[i] - n, n);
            } else {
              System.arraycopy(v, 0, record, pos, Math.min(v.length, w[i]));
            }
          } else if (type[i] == 'L') {
            record[pos] = '?';
          }
          pos += w[i];
        }
        out.write(record);
      }
    }
    out.write(0x1A);
  }

  /** Lines for the notes file: the field names as written, what was cut or converted. */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < names.length; i++) {
      AttributeDefinition a = attributes.get(i - 1);
      out.add(
          names[i]
              + "\t"
              + a.name()
              + "\t"
              + a.label()
              + (a.type() == AttributeType.TIMESTAMP
                  ? "\t时间戳写为 ISO 8601 文本 (timestamp as text)"
                  : "")
              + (truncated[i] > 0
                  ? "\t" + truncated[i] + " 个值超过 254 字节被截断 (values cut at 254 bytes)"
                  : ""));
    }
    return out;
  }
}
