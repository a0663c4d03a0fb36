package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.filter.FilterException;
import cn.onemap.core.filter.LayerProperties.Property;
import cn.onemap.core.filter.SqlFragment;
import java.util.ArrayList;

/**
 * The GROUP BY statement of an {@link Aggregate}: {@code SELECT key, COUNT(*), SUM(x) … GROUP BY
 * key}, the WHERE clause being the one {@link QuerySql} writes for the query. Both names are
 * resolved against the layer schema (no text of the request reaches the SQL).
 */
final class AggregateSql {
  private AggregateSql() {}

  static SqlFragment select(Aggregate a, LayerTable table, SqlDialect dialect) {
    Property key = table.properties().resolve(a.groupBy());
    if (key.isGeometry()) {
      throw new FilterException("cannot group by the geometry");
    }
    String sum = "NULL";
    if (a.sum().isPresent()) {
      Property s = table.properties().resolve(a.sum().get());
      if (s.isGeometry() || !s.type().map(AttributeType::isNumeric).orElse(false)) {
        throw new FilterException(
            "sum needs a numeric attribute; '" + s.name() + "' is " + s.type().orElse(null));
      }
      sum = "SUM(CAST(" + s.column() + " AS DOUBLE PRECISION))";
    }
    SqlFragment where = QuerySql.where(a.query(), table, dialect);
    String sql =
        "SELECT "
            + key.column()
            + ", COUNT(*), "
            + sum
            + " FROM "
            + table.name()
            + " WHERE "
            + where.sql()
            + " GROUP BY "
            + key.column()
            + " ORDER BY 2 DESC, 1 ASC NULLS FIRST";
    return new SqlFragment(sql, new ArrayList<>(where.params()));
  }

  /** The type of the grouping attribute, to read its values back. */
  static AttributeType keyType(Aggregate a, LayerTable table) {
    return table.properties().resolve(a.groupBy()).type().orElseThrow();
  }
}
