package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** Binding and reading attribute values over JDBC, the same way on both backends. */
final class JdbcValues {
  private JdbcValues() {}

  static void bind(PreparedStatement ps, int index, Object value, SqlDialect dialect)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof Integer i) {
      ps.setInt(index, i);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof Double d) {
      ps.setDouble(index, d);
    } else if (value instanceof Boolean b) {
      ps.setBoolean(index, b);
    } else if (value instanceof LocalDate d) {
      ps.setObject(index, d);
    } else if (value instanceof Instant i) {
      ps.setObject(index, OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
    } else if (value instanceof Geometry g) {
      dialect.bindGeometry(ps, index, g);
    } else {
      throw new IllegalArgumentException("cannot bind " + value.getClass().getName());
    }
  }

  /** Binds {@code values} from parameter index {@code first}; returns the next free index. */
  static int bindAll(PreparedStatement ps, int first, List<Object> values, SqlDialect dialect)
      throws SQLException {
    int i = first;
    for (Object v : values) {
      bind(ps, i++, v, dialect);
    }
    return i;
  }

  static Object read(ResultSet rs, int index, AttributeType type) throws SQLException {
    Object value =
        switch (type) {
          case STRING -> rs.getString(index);
          case INTEGER -> rs.getInt(index);
          case LONG -> rs.getLong(index);
          case DOUBLE -> rs.getDouble(index);
          case BOOLEAN -> rs.getBoolean(index);
          case DATE -> rs.getObject(index, LocalDate.class);
          case TIMESTAMP -> {
            OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
            yield t == null ? null : t.toInstant();
          }
        };
    return rs.wasNull() ? null : value;
  }

  static int sqlType(AttributeType type) {
    return switch (type) {
      case STRING -> Types.VARCHAR;
      case INTEGER -> Types.INTEGER;
      case LONG -> Types.BIGINT;
      case DOUBLE -> Types.DOUBLE;
      case BOOLEAN -> Types.BOOLEAN;
      case DATE -> Types.DATE;
      case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
    };
  }
}
