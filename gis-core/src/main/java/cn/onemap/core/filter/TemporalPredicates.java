package cn.onemap.core.filter;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.filter.LayerProperties.Property;
import java.util.Date;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.temporal.After;
import org.geotools.api.filter.temporal.Before;
import org.geotools.api.filter.temporal.BinaryTemporalOperator;
import org.geotools.api.filter.temporal.During;
import org.geotools.api.filter.temporal.TEquals;
import org.geotools.api.temporal.Instant;
import org.geotools.api.temporal.Period;

/**
 * SQL for AFTER, BEFORE, DURING (exclusive bounds, as OGC defines it) and TEQUALS on date/time
 * properties.
 */
final class TemporalPredicates {
  private TemporalPredicates() {}

  static String sql(BinaryTemporalOperator op, FilterToSql t) {
    Property p = t.property(op.getExpression1());
    AttributeType type = p.type().orElse(null);
    if (type != AttributeType.DATE && type != AttributeType.TIMESTAMP) {
      throw new FilterException(
          "temporal operators need a date or time property; '"
              + p.name()
              + "' is "
              + FilterToSql.typeName(p));
    }
    if (!(op.getExpression2() instanceof Literal literal)) {
      throw FilterToSql.unsupported(op.getExpression2(), "a time literal");
    }
    Object value = literal.getValue();
    Object begin = value instanceof Period period ? bound(period.getBeginning()) : bound(value);
    Object end = value instanceof Period period ? bound(period.getEnding()) : begin;
    String col = p.column();
    if (op instanceof After) {
      return col + " > " + t.bind(coerce(p, end));
    }
    if (op instanceof Before) {
      return col + " < " + t.bind(coerce(p, begin));
    }
    if (op instanceof During) {
      if (!(value instanceof Period)) {
        throw new FilterException(
            "DURING needs a period such as 2024-01-01T00:00:00Z/2024-02-01T00:00:00Z");
      }
      return "("
          + col
          + " > "
          + t.bind(coerce(p, begin))
          + " AND "
          + col
          + " < "
          + t.bind(coerce(p, end))
          + ")";
    }
    if (op instanceof TEquals) {
      return col + " = " + t.bind(coerce(p, begin));
    }
    throw new FilterException(
        "temporal operator " + op.getClass().getSimpleName() + " is not supported");
  }

  private static Object bound(Object value) {
    if (value instanceof Instant instant) {
      return instant.getPosition().getDate();
    }
    return value;
  }

  private static Object coerce(Property p, Object value) {
    Object v = value instanceof Date d ? d.toInstant() : value;
    if (p.type().orElseThrow() == AttributeType.DATE && v instanceof java.time.Instant instant) {
      v = instant.atOffset(AttributeValues.CHINA_STANDARD_TIME).toLocalDate();
    }
    return AttributeValues.coerce(p.name(), p.type().orElseThrow(), v);
  }
}
