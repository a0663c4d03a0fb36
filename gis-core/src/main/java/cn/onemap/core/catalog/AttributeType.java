package cn.onemap.core.catalog;

/**
 * Attribute value types and the Java type that represents each in the API: {@code STRING} → String,
 * {@code INTEGER} → Integer, {@code LONG} → Long, {@code DOUBLE} → Double, {@code BOOLEAN} →
 * Boolean, {@code DATE} → LocalDate, {@code TIMESTAMP} → Instant.
 */
public enum AttributeType {
  STRING(String.class),
  INTEGER(Integer.class),
  LONG(Long.class),
  DOUBLE(Double.class),
  BOOLEAN(Boolean.class),
  DATE(java.time.LocalDate.class),
  TIMESTAMP(java.time.Instant.class);

  private final Class<?> javaType;

  AttributeType(Class<?> javaType) {
    this.javaType = javaType;
  }

  public Class<?> javaType() {
    return javaType;
  }

  public boolean isNumeric() {
    return this == INTEGER || this == LONG || this == DOUBLE;
  }
}
