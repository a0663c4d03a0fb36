package cn.onemap.core.store;

import static cn.onemap.core.filter.LayerProperties.quote;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.filter.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostGIS statement that encodes one layer of a vector tile in the database: {@code ST_AsMVT}
 * over {@code ST_AsMVTGeom} rows. Its WHERE clause is the one {@link QuerySql} writes for the same
 * bbox and instant, so a tile shows exactly the features a query would. Returns the tile layer's
 * bytes and the number of features read (at most {@code maxFeatures + 1}, to detect the limit).
 *
 * <p>Attribute values keep their MVT types (integers, doubles, booleans, strings); dates and
 * timestamps become ISO 8601 strings (timestamps in UTC with microseconds), the same text the Java
 * encoder writes.
 */
final class VectorTileSql {
  /**
   * Column names that cannot clash with attributes (those are SQL identifiers without '_' first).
   */
  private static final String ID_COLUMN = "__mvt_id";

  private static final String GEOM_COLUMN = "__mvt_geom";

  private VectorTileSql() {}

  static SqlFragment select(VectorTileRequest r, LayerTable table, SqlDialect dialect) {
    var query = FeatureQuery.layer(r.layerId()).bbox(r.searchBox()).envelopeOnly(true);
    if (table.layer().versioned()) {
      r.asOf().ifPresent(query::asOf);
    }
    r.properties().ifPresent(query::properties);
    FeatureQuery q = query.build();
    SqlFragment where = QuerySql.where(q, table, dialect);
    List<AttributeDefinition> attributes = table.projection(q.properties());

    var params = new ArrayList<Object>();
    var rows = new StringBuilder("SELECT ST_AsMVTGeom(");
    String geom = "ST_Transform(geom, " + r.srid() + ")";
    if (r.tolerance() > 0) {
      geom = "ST_SimplifyPreserveTopology(" + geom + ", ?)";
      params.add(r.tolerance());
    }
    rows.append(geom)
        .append(", ST_MakeEnvelope(?, ?, ?, ?, ")
        .append(r.srid())
        .append(")::box2d, ?, ?, true) AS ")
        .append(GEOM_COLUMN);
    params.add(r.bounds().getMinX());
    params.add(r.bounds().getMinY());
    params.add(r.bounds().getMaxX());
    params.add(r.bounds().getMaxY());
    params.add(r.extent());
    params.add(r.buffer());
    String numeric = "fid ~ '" + VectorTileRequest.NUMERIC_ID_REGEX + "'";
    rows.append(", CASE WHEN ")
        .append(numeric)
        .append(" THEN fid::bigint END AS ")
        .append(ID_COLUMN);
    rows.append(", CASE WHEN NOT ")
        .append(numeric)
        .append(" THEN fid END AS ")
        .append(quote(VectorTileRequest.idAttribute(table.layer())));
    for (AttributeDefinition a : attributes) {
      rows.append(", ").append(value(a)).append(" AS ").append(quote(a.name()));
    }
    rows.append(" FROM ").append(table.name()).append(" WHERE ").append(where.sql());
    params.addAll(where.params());
    rows.append(" LIMIT ?");
    params.add((long) r.maxFeatures() + 1);

    // COUNT(*) counts every row read, also those ST_AsMVTGeom drops, so that a tile cut short
    // by the LIMIT is always detected.
    String sql =
        "SELECT ST_AsMVT(t, ?, ?, '"
            + GEOM_COLUMN
            + "', '"
            + ID_COLUMN
            + "') FILTER (WHERE "
            + GEOM_COLUMN
            + " IS NOT NULL), COUNT(*) FROM ("
            + rows
            + ") AS t";
    var all = new ArrayList<Object>();
    all.add(r.name());
    all.add(r.extent());
    all.addAll(params);
    return new SqlFragment(sql, all);
  }

  private static String value(AttributeDefinition a) {
    String column = quote(a.name());
    return switch (a.type()) {
      case DATE -> "to_char(" + column + ", 'YYYY-MM-DD')";
      case TIMESTAMP ->
          "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
      default -> column;
    };
  }
}
