package cn.onemap.core.filter;

import java.util.List;

/**
 * A piece of SQL with {@code ?} placeholders and the values to bind to them, in order. Values are
 * Java objects of the attribute types (String, Integer, Long, Double, Boolean, LocalDate, Instant)
 * or JTS geometries.
 */
public record SqlFragment(String sql, List<Object> params) {
  public SqlFragment {
    params = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
  }

  public static final SqlFragment TRUE = new SqlFragment("1=1", List.of());
}
