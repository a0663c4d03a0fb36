package cn.onemap.core.store.postgis;

import cn.onemap.core.geom.GeometryCodec;
import cn.onemap.core.store.BulkWriter;
import cn.onemap.core.store.LayerTable;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk writing with PostgreSQL's {@code COPY … FROM STDIN} (text format), the fastest way into
 * PostGIS from a client. Geometry travels as hex EWKB, which the geometry type's text input reads
 * directly. Rows are buffered and sent in ~1 MB chunks.
 */
final class CopyWriter implements BulkWriter {
  private static final int FLUSH_BYTES = 1 << 20;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
  private long written;

  CopyWriter(Connection connection, LayerTable table) throws SQLException {
    String attrs =
        table.layer().attributes().stream()
            .map(a -> ", \"" + a.name() + "\"")
            .collect(Collectors.joining());
    String sql =
        "COPY "
            + table.name()
            + " (fid, version, valid_from, op, author, reason, geom"
            + attrs
            + ") FROM STDIN";
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
  }

  @Override
  public void write(
      String fid,
      Instant validFrom,
      String author,
      String reason,
      Geometry geometry,
      List<Object> values)
      throws SQLException {
    text(fid)
        .append('\t')
        .append('1')
        .append('\t')
        .append(validFrom)
        .append('\t')
        .append('I')
        .append('\t');
    text(author).append('\t');
    text(reason).append('\t');
    hex(GeometryCodec.toEwkb(geometry));
    for (Object v : values) {
      buffer.append('\t');
      value(v);
    }
    buffer.append('\n');
    written++;
    if (buffer.length() >= FLUSH_BYTES) {
      flush();
    }
  }

  @Override
  public long finish() throws SQLException {
    flush();
    copy.endCopy();
    return written;
  }

  @Override
  public void abort() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }

  private void flush() throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  private void value(Object v) {
    if (v == null) {
      buffer.append("\\N");
    } else if (v instanceof String s) {
      text(s);
    } else if (v instanceof Boolean b) {
      buffer.append(b ? 't' : 'f');
    } else {
      buffer.append(v); // numbers, LocalDate and Instant print in forms PostgreSQL parses
    }
  }

  private StringBuilder text(String s) {
    if (s == null) {
      return buffer.append("\\N");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
    return buffer;
  }

  private void hex(byte[] bytes) {
    for (byte b : bytes) {
      buffer.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
  }
}
