package cn.onemap.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Collects what one transaction changed and writes it to {@code om_change_log} with the raised
 * {@code om_layer_version} counter, just before the commit: the counter row is locked from that
 * update to the commit, so the versions of one layer commit in order, and holding it only at the
 * end keeps concurrent writers of a layer from serializing on it for their whole transaction.
 * Layers are bumped in id order, so transactions over several layers cannot deadlock on the
 * counters. A transaction that changed more than {@value #MAX_FEATURE_ROWS} features of a layer
 * logs one BATCH entry with the envelope of all of them instead.
 */
final class ChangeLog {
  static final int MAX_FEATURE_ROWS = 1_000;

  private record Row(
      StoreChange.Kind kind,
      String fid,
      Optional<Envelope> oldEnv,
      Optional<Envelope> newEnv,
      Instant validFrom) {}

  private static final class PerLayer {
    final List<Row> rows = new ArrayList<>();
    Envelope batch;
    Instant batchFrom;
    boolean whole;
    Instant wholeFrom;
  }

  private final Map<String, PerLayer> layers = new TreeMap<>();
  private final Map<String, List<String>> listedIds = new TreeMap<>();

  /** A feature changed: its geometry before (null for an insert) and after (null for a delete). */
  void feature(String layerId, String fid, Geometry before, Geometry after, Instant validFrom) {
    PerLayer p = layers.computeIfAbsent(layerId, k -> new PerLayer());
    List<String> listed = listedIds.computeIfAbsent(layerId, k -> new ArrayList<>());
    if (listed.size() < CommittedEdit.MAX_LISTED_IDS) {
      listed.add(fid);
    }
    Optional<Envelope> o = envelope(before);
    Optional<Envelope> n = envelope(after);
    if (p.batch == null && p.rows.size() < MAX_FEATURE_ROWS) {
      p.rows.add(new Row(StoreChange.Kind.FEATURE, fid, o, n, validFrom));
      return;
    }
    if (p.batch == null) {
      p.batch = new Envelope();
      p.batchFrom = validFrom;
      for (Row r : p.rows) {
        r.oldEnv().ifPresent(p.batch::expandToInclude);
        r.newEnv().ifPresent(p.batch::expandToInclude);
        p.batchFrom = min(p.batchFrom, r.validFrom());
      }
      p.rows.clear();
    }
    o.ifPresent(p.batch::expandToInclude);
    n.ifPresent(p.batch::expandToInclude);
    p.batchFrom = min(p.batchFrom, validFrom);
  }

  /** Many features were written at once: one entry for the envelope of all of them. */
  void batch(String layerId, Envelope env, Instant validFrom) {
    PerLayer p = layers.computeIfAbsent(layerId, k -> new PerLayer());
    if (p.batch == null) {
      p.batch = new Envelope();
      p.batchFrom = validFrom;
    }
    p.batch.expandToInclude(env);
    p.batchFrom = min(p.batchFrom, validFrom);
  }

  /** The whole layer changed (created, altered, dropped). */
  void layer(String layerId, Instant validFrom) {
    PerLayer p = layers.computeIfAbsent(layerId, k -> new PerLayer());
    p.whole = true;
    p.wholeFrom = p.wholeFrom == null ? validFrom : min(p.wholeFrom, validFrom);
  }

  /** The first {@value CommittedEdit#MAX_LISTED_IDS} features of the layer changed, in order. */
  List<String> listedIds(String layerId) {
    return List.copyOf(listedIds.getOrDefault(layerId, List.of()));
  }

  boolean isEmpty() {
    return layers.isEmpty();
  }

  /** Raises each touched layer's counter and writes its entries; call last in the transaction. */
  void write(Connection c) throws SQLException {
    for (Map.Entry<String, PerLayer> e : layers.entrySet()) {
      String layer = e.getKey();
      PerLayer p = e.getValue();
      long version = bump(c, layer);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO om_change_log (layer_id, version, kind, fid, old_minx, old_miny,"
                  + " old_maxx, old_maxy, new_minx, new_miny, new_maxx, new_maxy, valid_from)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        if (p.whole) {
          add(
              ps,
              layer,
              version,
              new Row(
                  StoreChange.Kind.LAYER, null, Optional.empty(), Optional.empty(), p.wholeFrom));
        }
        if (p.batch != null && !p.batch.isNull()) {
          add(
              ps,
              layer,
              version,
              new Row(
                  StoreChange.Kind.BATCH,
                  null,
                  Optional.empty(),
                  Optional.of(p.batch),
                  p.batchFrom));
        }
        for (Row r : p.rows) {
          add(ps, layer, version, r);
        }
        ps.executeBatch();
      }
    }
    layers.clear();
  }

  private static void add(PreparedStatement ps, String layer, long version, Row r)
      throws SQLException {
    ps.setString(1, layer);
    ps.setLong(2, version);
    ps.setString(3, String.valueOf(r.kind().code));
    ps.setString(4, r.fid());
    bindEnvelope(ps, 5, r.oldEnv());
    bindEnvelope(ps, 9, r.newEnv());
    ps.setObject(13, OffsetDateTime.ofInstant(r.validFrom(), ZoneOffset.UTC));
    ps.addBatch();
  }

  private static void bindEnvelope(PreparedStatement ps, int at, Optional<Envelope> env)
      throws SQLException {
    if (env.isEmpty()) {
      for (int i = 0; i < 4; i++) {
        ps.setNull(at + i, java.sql.Types.DOUBLE);
      }
      return;
    }
    Envelope e = env.get();
    ps.setDouble(at, e.getMinX());
    ps.setDouble(at + 1, e.getMinY());
    ps.setDouble(at + 2, e.getMaxX());
    ps.setDouble(at + 3, e.getMaxY());
  }

  /** Raises the layer's counter (creating the row for a layer new to it) and returns it. */
  static long bump(Connection c, String layer) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE om_layer_version SET version = version + 1 WHERE layer_id = ?")) {
      ps.setString(1, layer);
      if (ps.executeUpdate() == 0) {
        try (PreparedStatement ins =
            c.prepareStatement("INSERT INTO om_layer_version (layer_id, version) VALUES (?, 1)")) {
          ins.setString(1, layer);
          ins.executeUpdate();
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version FROM om_layer_version WHERE layer_id = ?")) {
      ps.setString(1, layer);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static long version(Connection c, String layer) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version FROM om_layer_version WHERE layer_id = ?")) {
      ps.setString(1, layer);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  static Map<String, Long> versions(Connection c) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT layer_id, version FROM om_layer_version ORDER BY layer_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  static List<StoreChange> since(Connection c, String layer, long version, int max)
      throws SQLException {
    List<StoreChange> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version, kind, fid, old_minx, old_miny, old_maxx, old_maxy, new_minx, new_miny,"
                + " new_maxx, new_maxy, valid_from FROM om_change_log WHERE layer_id = ? AND"
                + " version > ? ORDER BY version LIMIT ?")) {
      ps.setString(1, layer);
      ps.setLong(2, version);
      ps.setInt(3, max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoreChange(
                  layer,
                  rs.getLong(1),
                  StoreChange.Kind.ofCode(rs.getString(2).charAt(0)),
                  Optional.ofNullable(rs.getString(3)),
                  readEnvelope(rs, 4),
                  readEnvelope(rs, 8),
                  rs.getObject(12, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return out;
  }

  private static Optional<Envelope> readEnvelope(ResultSet rs, int at) throws SQLException {
    double minx = rs.getDouble(at);
    if (rs.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new Envelope(minx, rs.getDouble(at + 2), rs.getDouble(at + 1), rs.getDouble(at + 3)));
  }

  private static Optional<Envelope> envelope(Geometry g) {
    return g == null || g.isEmpty() ? Optional.empty() : Optional.of(g.getEnvelopeInternal());
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
