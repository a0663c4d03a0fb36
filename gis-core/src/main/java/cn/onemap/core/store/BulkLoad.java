package cn.onemap.core.store;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.locationtech.jts.geom.Geometry;

/**
 * A bulk load of new features in one transaction. When the layer is empty its spatial index is
 * dropped first and built once at the end, which is much faster than maintaining it row by row; on
 * failure the load is rolled back and the index restored.
 *
 * <p>Across a crash: with transactional DDL (PostGIS) the drop, the rows and the new index commit
 * together or not at all. H2 commits each DDL statement on its own, so there the rows commit first
 * and the index is built after; a process killed in between leaves the layer complete or as it was,
 * but without its index, which the store rebuilds when it opens ({@link
 * JdbcFeatureStore#JdbcFeatureStore}). Both statements tolerate the index being already gone or
 * already there, so a load after such a crash never fails on it.
 */
final class BulkLoad {
  private final Connection connection;
  private final LayerTable table;
  private final SqlDialect dialect;
  private final FeatureRules rules;
  private final EditContext context;
  private final Instant now;
  private final int progressEvery;
  private final IdAllocator ids;
  private final int[] searchColumns;

  /** The earliest valid-from written: the change log's, so TIME tiles from then on go. */
  private Instant earliest = Instant.MAX;

  private final org.locationtech.jts.geom.Envelope loaded =
      new org.locationtech.jts.geom.Envelope();

  BulkLoad(
      Connection connection,
      LayerTable table,
      SqlDialect dialect,
      FeatureRules rules,
      EditContext context,
      Instant now,
      int progressEvery,
      IdAllocator ids,
      int[] searchColumns) {
    this.searchColumns = searchColumns;
    this.connection = connection;
    this.table = table;
    this.dialect = dialect;
    this.rules = rules;
    this.context = context;
    this.now = now;
    this.progressEvery = progressEvery;
    this.ids = ids;
  }

  long run(Iterator<FeatureEdit.Insert> features, LongConsumer progress) throws SQLException {
    context.validFrom().ifPresent(t -> FeatureEditor.requireNotFuture(layerId(), t, now));
    int column = validFromColumn();
    String index = "\"" + table.tableName() + "_geom\"";
    connection.setAutoCommit(false);
    boolean indexDropped = isEmpty();
    if (indexDropped) {
      execute("DROP INDEX IF EXISTS " + index);
    }
    boolean committed = false;
    try {
      long before = SearchIndex.maxVid(connection, table);
      long written = load(features, progress, column);
      // The loaded rows' tokens, read back from the table in the same transaction.
      SearchIndex.index(connection, table, searchColumns, before);
      if (!loaded.isNull()) {
        ChangeLog log = new ChangeLog();
        log.batch(table.layer().id(), loaded, earliest);
        log.write(connection);
      }
      if (indexDropped && dialect.transactionalDdl()) {
        execute(dialect.createSpatialIndex(table.name(), index));
      }
      connection.commit();
      committed = true;
      if (indexDropped && !dialect.transactionalDdl()) {
        execute(dialect.createSpatialIndex(table.name(), index));
        connection.commit();
      }
      return written;
    } finally {
      if (!committed) {
        connection.rollback();
        if (indexDropped && !dialect.transactionalDdl()) {
          execute(dialect.createSpatialIndex(table.name(), index));
          connection.commit();
        }
      }
    }
  }

  private long load(Iterator<FeatureEdit.Insert> features, LongConsumer progress, int column)
      throws SQLException {
    BulkWriter writer = dialect.bulkWriter(connection, table);
    try {
      return load(features, progress, writer, column);
    } catch (SQLException | RuntimeException e) {
      writer.abort();
      throw e;
    }
  }

  private long load(
      Iterator<FeatureEdit.Insert> features, LongConsumer progress, BulkWriter writer, int column)
      throws SQLException {
    Instant fixed = context.validFrom().orElse(now);
    String reason = context.reason().orElse(null);
    long count = 0;
    while (features.hasNext()) {
      FeatureEdit.Insert insert = features.next();
      Geometry geometry = rules.geometry(insert.geometry());
      List<Object> values = rules.values(insert.attributes());
      String fid =
          insert.id().isPresent() ? FeatureEditor.requireFid(insert.id().get()) : ids.next();
      Instant from = column < 0 ? fixed : rowValidFrom(values.get(column), fid);
      if (from.isBefore(earliest)) {
        earliest = from;
      }
      writer.write(fid, from, context.author(), reason, geometry, values);
      loaded.expandToInclude(geometry.getEnvelopeInternal());
      if (++count % progressEvery == 0) {
        progress.accept(count);
      }
    }
    long written = writer.finish();
    if (written % progressEvery != 0) {
      progress.accept(written);
    }
    return written;
  }

  /**
   * The index of the attribute holding each feature's valid-from, -1 when the whole load shares
   * one.
   */
  private int validFromColumn() {
    if (context.validFromAttribute().isEmpty()) {
      return -1;
    }
    String name = context.validFromAttribute().get();
    var attributes = table.layer().attributes();
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).name().equals(name)) {
        if (attributes.get(i).type() != cn.onemap.core.catalog.AttributeType.TIMESTAMP) {
          throw new ValidFromException(
              layerId(), "validFromAttribute '" + name + "' is not a TIMESTAMP attribute");
        }
        return i;
      }
    }
    throw new ValidFromException(
        layerId(), "validFromAttribute '" + name + "' is not an attribute of the layer");
  }

  private Instant rowValidFrom(Object value, String fid) {
    if (!(value instanceof Instant t)) {
      throw new ValidFromException(
          layerId(),
          "feature '"
              + fid
              + "' has no "
              + context.validFromAttribute().orElseThrow()
              + ": its valid-from is unknown");
    }
    Instant from = t.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    FeatureEditor.requireNotFuture(layerId(), from, now);
    return from;
  }

  private String layerId() {
    return table.layer().id();
  }

  private boolean isEmpty() throws SQLException {
    try (Statement st = connection.createStatement();
        var rs = st.executeQuery("SELECT 1 FROM " + table.name() + " LIMIT 1")) {
      return !rs.next();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }
}
