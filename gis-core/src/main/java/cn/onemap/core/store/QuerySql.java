package cn.onemap.core.store;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.filter.FilterToSql;
import cn.onemap.core.filter.LayerProperties.Property;
import cn.onemap.core.filter.SqlFragment;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** SELECT and COUNT statements for a {@link FeatureQuery}, with their parameters. */
final class QuerySql {
  private static final GeometryFactory CGCS2000 =
      new GeometryFactory(new PrecisionModel(), LayerDefinition.STORAGE_SRID);

  private QuerySql() {}

  static SqlFragment select(FeatureQuery q, LayerTable table, SqlDialect dialect) {
    SqlFragment where = where(q, table, dialect);
    var sql =
        new StringBuilder("SELECT ")
            .append(table.selectList(table.projection(q.properties())))
            .append(" FROM ")
            .append(table.name());
    sql.append(" WHERE ").append(where.sql());
    var params = new ArrayList<>(where.params());
    boolean paged = q.limit().isPresent() || q.offset() > 0;
    if (!q.sortBy().isEmpty() || paged) {
      var order = new ArrayList<String>();
      for (SortKey key : q.sortBy()) {
        Property p = table.properties().resolve(key.property());
        if (p.isGeometry()) {
          throw new cn.onemap.core.filter.FilterException("cannot sort by the geometry");
        }
        order.add(p.column() + (key.ascending() ? " ASC" : " DESC"));
      }
      order.add("fid ASC");
      sql.append(" ORDER BY ").append(String.join(", ", order));
    }
    if (paged) {
      sql.append(" LIMIT ? OFFSET ?");
      params.add(q.limit().isPresent() ? (long) q.limit().getAsInt() : Long.MAX_VALUE);
      params.add(q.offset());
    }
    return new SqlFragment(sql.toString(), params);
  }

  static SqlFragment count(FeatureQuery q, LayerTable table, SqlDialect dialect) {
    SqlFragment where = where(q, table, dialect);
    return new SqlFragment(
        "SELECT COUNT(*) FROM " + table.name() + " WHERE " + where.sql(), where.params());
  }

  static SqlFragment where(FeatureQuery q, LayerTable table, SqlDialect dialect) {
    var sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    if (q.asOf().isPresent()) {
      if (!table.layer().versioned()) {
        throw new NotVersionedException(table.layer().id());
      }
      sql.append(LayerTable.asOfCondition());
      params.add(q.asOf().get());
      params.add(q.asOf().get());
    } else {
      sql.append(LayerTable.currentCondition());
    }
    if (q.bbox().isPresent()) {
      Envelope e = q.bbox().get();
      if (e.isNull()) {
        throw new cn.onemap.core.filter.FilterException("bbox is empty");
      }
      Geometry box = CGCS2000.toGeometry(e);
      String gp = dialect.geometryParam();
      sql.append(" AND geom && ").append(gp);
      params.add(box);
      if (!q.envelopeOnly()) {
        sql.append(" AND ST_Intersects(geom, ").append(gp).append(")");
        params.add(box);
      }
    }
    if (q.filter().isPresent()) {
      SqlFragment f = FilterToSql.translate(q.filter().get(), table.properties(), dialect);
      sql.append(" AND (").append(f.sql()).append(")");
      params.addAll(f.params());
    }
    return new SqlFragment(sql.toString(), params);
  }
}
