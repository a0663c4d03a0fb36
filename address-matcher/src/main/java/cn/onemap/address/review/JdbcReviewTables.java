package cn.onemap.address.review;

import cn.onemap.address.AddressException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Review items and aliases in two tables of the store's database ({@code address_review}, {@code
 * address_alias}), created by Flyway from {@code db/address} with their own history table {@code
 * address_schema_history}, so they live beside the catalog without touching its migrations. The
 * same SQL runs on H2 and PostgreSQL; every statement is parameterized.
 */
public final class JdbcReviewTables implements ReviewTables {
  private static final String COLUMNS =
      "id, source, row_no, query_text, normalized, proposed_code, proposed_address, confidence,"
          + " status, resolved_code, reviewer, note, created, resolved";
  private final DataSource ds;

  public JdbcReviewTables(DataSource dataSource) {
    this.ds = dataSource;
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/address")
        .table("address_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  private static final String INSERT =
      "INSERT INTO address_review (source, row_no, query_text, normalized, proposed_code,"
          + " proposed_address, confidence, status, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static void bindItem(PreparedStatement ps, ReviewItem i) throws SQLException {
    ps.setString(1, i.source());
    ps.setLong(2, i.row());
    ps.setString(3, i.query());
    ps.setString(4, i.normalized());
    ps.setString(5, i.proposedCode().orElse(null));
    ps.setString(6, i.proposedAddress().orElse(null));
    ps.setDouble(7, i.confidence());
    ps.setString(8, ReviewStatus.PENDING.name());
    ps.setObject(9, OffsetDateTime.ofInstant(i.created(), ZoneOffset.UTC));
  }

  @Override
  public void insertAll(List<ReviewItem> items) {
    if (items.isEmpty()) {
      return;
    }
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      c.setAutoCommit(false);
      try {
        for (ReviewItem i : items) {
          bindItem(ps, i);
          ps.addBatch();
        }
        ps.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("insert " + items.size() + " review items", e);
    }
  }

  @Override
  public ReviewItem insert(ReviewItem i) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
      bindItem(ps, i);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        long id = rs.getLong(1);
        return item(id).orElseThrow();
      }
    } catch (SQLException e) {
      throw failure("insert a review item", e);
    }
  }

  @Override
  public Optional<ReviewItem> item(long id) {
    List<ReviewItem> found =
        select("SELECT " + COLUMNS + " FROM address_review WHERE id = ?", List.of(id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<ReviewItem> items(
      Optional<ReviewStatus> status, Optional<String> source, long offset, int limit) {
    var args = new ArrayList<Object>();
    String where = where(status, source, args);
    args.add(limit);
    args.add(offset);
    return select(
        "SELECT " + COLUMNS + " FROM address_review" + where + " ORDER BY id LIMIT ? OFFSET ?",
        args);
  }

  @Override
  public long count(Optional<ReviewStatus> status, Optional<String> source) {
    var args = new ArrayList<Object>();
    String sql = "SELECT COUNT(*) FROM address_review" + where(status, source, args);
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("count review items", e);
    }
  }

  private static String where(
      Optional<ReviewStatus> status, Optional<String> source, List<Object> args) {
    var parts = new ArrayList<String>();
    status.ifPresent(
        s -> {
          parts.add("status = ?");
          args.add(s.name());
        });
    source.ifPresent(
        s -> {
          parts.add("source = ?");
          args.add(s);
        });
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  @Override
  public Optional<ReviewItem> resolve(
      long id, ReviewStatus status, Optional<String> code, String reviewer, Optional<String> note) {
    String sql =
        "UPDATE address_review SET status = ?, resolved_code = ?, reviewer = ?, note = ?,"
            + " resolved = ? WHERE id = ? AND status = ?";
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, status.name());
      ps.setString(2, code.orElse(null));
      ps.setString(3, reviewer);
      ps.setString(4, note.orElse(null));
      ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setLong(6, id);
      ps.setString(7, ReviewStatus.PENDING.name());
      return ps.executeUpdate() == 1 ? item(id) : Optional.empty();
    } catch (SQLException e) {
      throw failure("resolve review item " + id, e);
    }
  }

  @Override
  public void putAlias(Alias alias) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement del =
              c.prepareStatement("DELETE FROM address_alias WHERE alias_text = ?");
          PreparedStatement ins =
              c.prepareStatement(
                  "INSERT INTO address_alias (alias_text, code, author, created) VALUES (?, ?, ?,"
                      + " ?)")) {
        del.setString(1, alias.text());
        del.executeUpdate();
        ins.setString(1, alias.text());
        ins.setString(2, alias.code());
        ins.setString(3, alias.author());
        ins.setObject(4, OffsetDateTime.ofInstant(alias.created(), ZoneOffset.UTC));
        ins.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("store the alias of '" + alias.text() + "'", e);
    }
  }

  @Override
  public List<Alias> aliases() {
    return readAliases("", null);
  }

  @Override
  public List<Alias> aliasesSince(Instant from) {
    return readAliases(" WHERE created >= ?", from);
  }

  private List<Alias> readAliases(String where, Instant from) {
    var out = new ArrayList<Alias>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT alias_text, code, author, created FROM address_alias"
                    + where
                    + " ORDER BY created, alias_text")) {
      if (from != null) {
        ps.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Alias(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4, OffsetDateTime.class).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read the aliases", e);
    }
  }

  private List<ReviewItem> select(String sql, List<Object> args) {
    var out = new ArrayList<ReviewItem>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ReviewItem(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getString(4),
                  rs.getString(5),
                  Optional.ofNullable(rs.getString(6)),
                  Optional.ofNullable(rs.getString(7)),
                  rs.getDouble(8),
                  ReviewStatus.valueOf(rs.getString(9)),
                  Optional.ofNullable(rs.getString(10)),
                  Optional.ofNullable(rs.getString(11)),
                  Optional.ofNullable(rs.getString(12)),
                  instant(rs, 13).orElseThrow(),
                  instant(rs, 14)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read review items", e);
    }
  }

  private static Optional<Instant> instant(ResultSet rs, int col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    return t == null ? Optional.empty() : Optional.of(t.toInstant());
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int k = 0; k < args.size(); k++) {
      ps.setObject(k + 1, args.get(k));
    }
  }

  private static AddressException failure(String what, SQLException e) {
    return new AddressException(
        "ADDRESS_DATA", "cannot " + what + ": " + e.getMessage(), Map.of(), e);
  }
}
