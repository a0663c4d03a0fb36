package cn.onemap.core.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/**
 * Converts incoming values (from JSON, CSV, filters) to the Java type of an attribute, strictly:
 * text is parsed when it is exactly a value of the type, numbers must fit without loss, anything
 * else is an {@link AttributeValueException} naming the attribute, its type and the value.
 */
public final class AttributeValues {
  /** Beijing time: how local timestamps without an offset (common in bureau records) are read. */
  public static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

  private AttributeValues() {}

  /**
   * Returns the value as the attribute's Java type; null stays null (required-ness is checked by
   * the store).
   */
  public static Object coerce(AttributeDefinition attribute, Object value) {
    return coerce(attribute.name(), attribute.type(), value);
  }

  /** As {@link #coerce(AttributeDefinition, Object)} for a property known by name and type only. */
  public static Object coerce(String name, AttributeType type, Object value) {
    if (value == null) {
      return null;
    }
    try {
      Object result = convert(type, value);
      if (result != null) {
        return result;
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      // reported below with the attribute's name and type
    }
    throw new AttributeValueException(
        name,
        "attribute '"
            + name
            + "' ("
            + type
            + ") cannot take the value '"
            + abbreviate(value)
            + "'"
            + hint(type));
  }

  private static Object convert(AttributeType type, Object value) {
    return switch (type) {
      case STRING ->
          value instanceof String || value instanceof Number || value instanceof Boolean
              ? value.toString()
              : null;
      case INTEGER -> toBigDecimal(value) == null ? null : toBigDecimal(value).intValueExact();
      case LONG -> toBigDecimal(value) == null ? null : toBigDecimal(value).longValueExact();
      case DOUBLE -> toDouble(value);
      case BOOLEAN -> toBoolean(value);
      case DATE -> toDate(value);
      case TIMESTAMP ->
          toInstant(value) == null
              ? null
              // Both databases keep microseconds; truncating here makes re-imports compare equal.
              : toInstant(value).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    };
  }

  private static BigDecimal toBigDecimal(Object value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d) : null;
    }
    if (value instanceof BigDecimal bd) {
      return bd;
    }
    if (value instanceof String s && !s.isBlank()) {
      return new BigDecimal(s.strip());
    }
    return null;
  }

  private static Double toDouble(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    if (value instanceof String s && !s.isBlank()) {
      double d = Double.parseDouble(s.strip());
      return Double.isFinite(d) ? d : null;
    }
    return null;
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "true", "t", "1", "yes", "y", "是" -> Boolean.TRUE;
        case "false", "f", "0", "no", "n", "否" -> Boolean.FALSE;
        default -> null;
      };
    }
    return null;
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof String s && !s.isBlank()) {
      return LocalDate.parse(s.strip().replace('/', '-'));
    }
    return null;
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(CHINA_STANDARD_TIME);
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    if (value instanceof String s && !s.isBlank()) {
      return parseInstant(s.strip());
    }
    return null;
  }

  /**
   * ISO-8601 instant; without an offset the time is read as Beijing time; a bare date is its
   * midnight.
   */
  public static Instant parseInstant(String text) {
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay().toInstant(CHINA_STANDARD_TIME);
    }
    String iso = text.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(iso).toInstant(CHINA_STANDARD_TIME);
    }
  }

  private static String hint(AttributeType type) {
    return switch (type) {
      case INTEGER, LONG -> "; expected a whole number";
      case DOUBLE -> "; expected a number";
      case BOOLEAN -> "; expected true or false";
      case DATE -> "; expected a date like 2024-05-01";
      case TIMESTAMP -> "; expected a time like 2024-05-01T08:30:00+08:00";
      case STRING -> "; expected text";
    };
  }

  private static String abbreviate(Object value) {
    String s = String.valueOf(value);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
