package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.feature.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;

/**
 * Applies one batch of edits on a connection inside the caller's transaction. Each edited feature's
 * current row is locked ({@code SELECT … FOR UPDATE}) before it is replaced, so concurrent writers
 * of one feature are serialized and every edit becomes its own version; the unique (fid, version)
 * index is the backstop if locking is bypassed.
 */
final class FeatureEditor {
  private static final int MAX_LOCK_ATTEMPTS = 1_000;
  private final Connection connection;
  private final LayerTable table;
  private final SqlDialect dialect;
  private final FeatureRules rules;
  private final EditContext context;
  private final Instant now;

  /** A historical load's valid-from (EditContext), else every version starts at {@code now}. */
  private final Optional<Instant> explicit;

  private final IdAllocator ids;
  private final ChangeLog log;

  /** Positions of the searched attributes: their tokens follow every current version. */
  private final int[] searchColumns;

  /** The row holding a feature's latest version (current state or tombstone). */
  private record LatestRow(
      long vid,
      int version,
      Instant validFrom,
      Operation op,
      Geometry geometry,
      List<Object> values) {}

  FeatureEditor(
      Connection connection,
      LayerTable table,
      SqlDialect dialect,
      FeatureRules rules,
      EditContext context,
      Instant now,
      ChangeLog log,
      int[] searchColumns) {
    this.log = log;
    this.searchColumns = searchColumns;
    this.connection = connection;
    this.table = table;
    this.dialect = dialect;
    this.rules = rules;
    this.context = context;
    this.now = now;
    this.explicit = context.validFrom();
    if (context.validFromAttribute().isPresent()) {
      throw new ValidFromException(
          table.layer().id(),
          "validFromAttribute is for bulk loads only; an edit batch takes one validFrom");
    }
    explicit.ifPresent(t -> requireNotFuture(table.layer().id(), t, now));
    this.ids = new IdAllocator(connection, dialect, table.sequence());
  }

  EditResult apply(java.util.Iterator<? extends FeatureEdit> edits) throws SQLException {
    var inserted = new ArrayList<String>();
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    while (edits.hasNext()) {
      FeatureEdit edit = edits.next();
      if (edit instanceof FeatureEdit.Insert insert) {
        inserted.add(insert(insert));
      } else if (edit instanceof FeatureEdit.Update update) {
        update(update);
        updated++;
      } else if (edit instanceof FeatureEdit.Delete delete) {
        delete(delete);
        deleted++;
      } else if (edit instanceof FeatureEdit.Upsert upsert) {
        switch (upsert(upsert)) {
          case INSERT -> inserted.add(upsert.id());
          case UPDATE -> updated++;
          default -> unchanged++;
        }
      }
    }
    return new EditResult(inserted, updated, deleted, unchanged, explicit.orElse(now));
  }

  private String insert(FeatureEdit.Insert insert) throws SQLException {
    Geometry geometry = rules.geometry(insert.geometry());
    List<Object> values = rules.values(insert.attributes());
    String fid = insert.id().isPresent() ? requireFid(insert.id().get()) : ids.next();
    Optional<LatestRow> latest = insert.id().isPresent() ? lockLatest(fid) : Optional.empty();
    if (latest.isPresent() && latest.get().op() != Operation.DELETE) {
      throw new DuplicateFeatureException(table.layer().id(), fid);
    }
    Instant at = latest.isPresent() ? after(latest.get(), fid) : start();
    latest.ifPresent(r -> close(r, at));
    insertVersion(
        fid, latest.map(r -> r.version() + 1).orElse(1), at, Operation.INSERT, geometry, values);
    log.feature(table.layer().id(), fid, null, geometry, at);
    return fid;
  }

  /** Returns INSERT, UPDATE, or DELETE standing for "unchanged" (no version written). */
  private Operation upsert(FeatureEdit.Upsert upsert) throws SQLException {
    Geometry geometry = rules.geometry(upsert.geometry());
    List<Object> values = rules.values(upsert.attributes());
    String fid = requireFid(upsert.id());
    Optional<LatestRow> latest = lockLatest(fid);
    if (latest.isEmpty() || latest.get().op() == Operation.DELETE) {
      Instant at = latest.isPresent() ? after(latest.get(), fid) : start();
      latest.ifPresent(r -> close(r, at));
      insertVersion(
          fid, latest.map(r -> r.version() + 1).orElse(1), at, Operation.INSERT, geometry, values);
      log.feature(table.layer().id(), fid, null, geometry, at);
      return Operation.INSERT;
    }
    LatestRow current = latest.get();
    if (current.geometry().equalsExact(geometry) && current.values().equals(values)) {
      return Operation.DELETE;
    }
    replace(current, fid, geometry, values);
    return Operation.UPDATE;
  }

  private void update(FeatureEdit.Update update) throws SQLException {
    LatestRow current = requireCurrent(update.id(), update.expectedVersion());
    List<Object> values = rules.merged(current.values(), update.attributes());
    Geometry geometry =
        update.geometry().isPresent()
            ? rules.geometry(update.geometry().get())
            : current.geometry();
    replace(current, update.id(), geometry, values);
  }

  private void replace(LatestRow current, String fid, Geometry geometry, List<Object> values)
      throws SQLException {
    Instant at = after(current, fid);
    if (table.layer().versioned()) {
      close(current, at);
      insertVersion(fid, current.version() + 1, at, Operation.UPDATE, geometry, values);
    } else {
      overwrite(current, fid, at, geometry, values);
    }
    log.feature(table.layer().id(), fid, current.geometry(), geometry, at);
  }

  private void delete(FeatureEdit.Delete delete) throws SQLException {
    LatestRow current = requireCurrent(delete.id(), delete.expectedVersion());
    Instant at = after(current, delete.id());
    log.feature(table.layer().id(), delete.id(), current.geometry(), null, at);
    if (table.layer().versioned()) {
      close(current, at);
      List<Object> nulls = Collections.nCopies(table.layer().attributes().size(), null);
      insertVersion(delete.id(), current.version() + 1, at, Operation.DELETE, null, nulls);
    } else {
      try (PreparedStatement ps =
          connection.prepareStatement("DELETE FROM " + table.name() + " WHERE vid = ?")) {
        ps.setLong(1, current.vid());
        ps.executeUpdate();
      }
      SearchIndex.remove(connection, table.layer().id(), delete.id());
    }
  }

  private LatestRow requireCurrent(String fid, OptionalInt expectedVersion) throws SQLException {
    LatestRow row =
        lockLatest(fid)
            .filter(r -> r.op() != Operation.DELETE)
            .orElseThrow(() -> new FeatureNotFoundException(table.layer().id(), fid));
    if (expectedVersion.isPresent() && expectedVersion.getAsInt() != row.version()) {
      throw new EditConflictException(
          table.layer().id(), fid, expectedVersion.getAsInt(), row.version());
    }
    return row;
  }

  /**
   * Locks the feature's latest row. Under READ COMMITTED a row replaced by a concurrent writer
   * drops out of the locking select once that writer commits; when a plain read then still finds a
   * latest row, it is the successor, and locking is tried again until this writer gets its turn.
   */
  private Optional<LatestRow> lockLatest(String fid) throws SQLException {
    for (int attempt = 0; attempt < MAX_LOCK_ATTEMPTS; attempt++) {
      Optional<LatestRow> row = selectLatest(fid);
      if (row.isPresent() || !latestExists(fid)) {
        return row;
      }
    }
    throw new StoreException(
        "feature '"
            + fid
            + "' of layer '"
            + table.layer().id()
            + "' is being edited by too many writers; retry",
        null);
  }

  private boolean latestExists(String fid) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT 1 FROM " + table.name() + " WHERE fid = ? AND valid_to IS NULL")) {
      ps.setString(1, fid);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private Optional<LatestRow> selectLatest(String fid) throws SQLException {
    String attrs =
        table.layer().attributes().stream()
            .map(a -> ", \"" + a.name() + "\"")
            .reduce("", String::concat);
    String sql =
        "SELECT vid, version, valid_from, op, "
            + dialect.selectGeometry("geom")
            + attrs
            + " FROM "
            + table.name()
            + " WHERE fid = ? AND valid_to IS NULL FOR UPDATE";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, fid);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        var values = new ArrayList<Object>();
        int column = 6;
        for (AttributeDefinition a : table.layer().attributes()) {
          values.add(JdbcValues.read(rs, column++, a.type()));
        }
        return Optional.of(
            new LatestRow(
                rs.getLong(1),
                rs.getInt(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                Operation.ofCode(rs.getString(4).charAt(0)),
                dialect.readGeometry(rs, 5),
                values));
      }
    }
  }

  private void close(LatestRow row, Instant at) {
    try (PreparedStatement ps =
        connection.prepareStatement("UPDATE " + table.name() + " SET valid_to = ? WHERE vid = ?")) {
      ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setLong(2, row.vid());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new SqlRuntimeException(e);
    }
  }

  private void insertVersion(
      String fid, int version, Instant at, Operation op, Geometry geometry, List<Object> values)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(table.insertSql())) {
      ps.setString(1, fid);
      ps.setInt(2, version);
      ps.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setString(4, String.valueOf(op.code()));
      ps.setString(5, context.author());
      ps.setString(6, context.reason().orElse(null));
      dialect.bindGeometry(ps, 7, geometry);
      JdbcValues.bindAll(ps, 8, values, dialect);
      ps.executeUpdate();
    }
    if (op == Operation.DELETE) {
      SearchIndex.remove(connection, table.layer().id(), fid);
    } else {
      SearchIndex.replace(connection, table.layer(), searchColumns, fid, values);
    }
  }

  private void overwrite(
      LatestRow row, String fid, Instant at, Geometry geometry, List<Object> values)
      throws SQLException {
    String sets =
        table.layer().attributes().stream()
            .map(a -> ", \"" + a.name() + "\" = ?")
            .reduce("", String::concat);
    String sql =
        "UPDATE "
            + table.name()
            + " SET version = ?, valid_from = ?, op = 'U', author = ?, reason = ?, geom = "
            + dialect.geometryParam()
            + sets
            + " WHERE vid = ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setInt(1, row.version() + 1);
      ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setString(3, context.author());
      ps.setString(4, context.reason().orElse(null));
      dialect.bindGeometry(ps, 5, geometry);
      int next = JdbcValues.bindAll(ps, 6, values, dialect);
      ps.setLong(next, row.vid());
      ps.executeUpdate();
    }
    SearchIndex.replace(connection, table.layer(), searchColumns, fid, values);
  }

  /**
   * Versions of one feature must start strictly after each other, even if clocks of two nodes
   * disagree.
   */
  private Instant after(Instant previous) {
    return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
  }

  /**
   * When the version replacing {@code row} starts: a historical load's valid-from must be after the
   * row's, or the load would rewrite history (refused, and the caller's transaction rolls back).
   */
  private Instant after(LatestRow row, String fid) {
    if (explicit.isEmpty()) {
      return after(row.validFrom());
    }
    Instant at = explicit.get();
    if (!at.isAfter(row.validFrom())) {
      throw new HistoryRewriteException(table.layer().id(), fid, at, row.validFrom());
    }
    return at;
  }

  /** When a feature new to the layer starts. */
  private Instant start() {
    return explicit.orElse(now);
  }

  static void requireNotFuture(String layerId, Instant validFrom, Instant now) {
    if (validFrom.isAfter(now)) {
      throw new ValidFromException(
          layerId,
          "validFrom "
              + validFrom
              + " is in the future (now "
              + now
              + "): versions record what was, not plans");
    }
  }

  static String requireFid(String fid) {
    if (fid.isBlank() || fid.length() > 64) {
      throw new IllegalArgumentException("feature id must be 1-64 characters, was '" + fid + "'");
    }
    return fid;
  }
}
