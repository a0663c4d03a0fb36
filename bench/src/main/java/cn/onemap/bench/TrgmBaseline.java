package cn.onemap.bench;

import cn.onemap.address.AddressException;
import cn.onemap.address.normalize.Normalizer;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * What a DBA would build instead of an address engine: a table of the address layer's full standard
 * addresses, normalized (by our normalizer, so both sides see the same folding of full-width
 * digits, traditional characters, numerals and suffixes), with a GIN trigram index, and per record
 * {@code WHERE norm % q ORDER BY norm <-> q LIMIT 1} at pg_trgm's default similarity threshold 0.3.
 */
final class TrgmBaseline {
  private static final String QUERY =
      "SELECT code, similarity(norm, ?) FROM trgm_address WHERE norm % ? ORDER BY norm <-> ? LIMIT 1";

  private final DataSource db;
  private final double threshold;

  record Run(GeocodeBench.Latency latency, Map<String, BureauRecords.Answer> answers) {}

  TrgmBaseline(DataSource db, double threshold) {
    this.db = db;
    this.threshold = threshold;
  }

  /** Builds the table and its index; returns the seconds it took. */
  double build(FeatureStore store) throws SQLException, IOException {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("similarity threshold must be in (0, 1): " + threshold);
    }
    long start = System.nanoTime();
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      st.execute("DROP TABLE IF EXISTS trgm_address");
      st.execute("CREATE TABLE trgm_address (code text PRIMARY KEY, norm text NOT NULL)");
      CopyIn copy =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY trgm_address (code, norm) FROM STDIN WITH (FORMAT text)");
      StringBuilder block = new StringBuilder();
      try (FeatureCursor cursor = store.query(FeatureQuery.layer("addresses").build())) {
        while (cursor.hasNext()) {
          Feature f = cursor.next();
          String text = String.valueOf(f.attributes().get("full_address"));
          block
              .append(f.id())
              .append('\t')
              .append(Normalizer.normalize(text, 500).text().replace("\\", "\\\\"))
              .append('\n');
          if (block.length() > 1 << 20) {
            byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            block.setLength(0);
          }
        }
      }
      byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      copy.endCopy();
      st.execute("CREATE INDEX trgm_address_norm ON trgm_address USING gin (norm gin_trgm_ops)");
      st.execute("ANALYZE trgm_address");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Queries every record on {@code clients} connections. */
  Run run(List<BureauRecords.Record> records, int clients) throws Exception {
    long[] nanos = new long[records.size()];
    Map<String, BureauRecords.Answer> answers = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    Thread[] threads = new Thread[clients];
    Exception[] failure = new Exception[1];
    long start = System.nanoTime();
    for (int t = 0; t < clients; t++) {
      threads[t] =
          new Thread(
              () -> {
                try (Connection c = db.getConnection();
                    PreparedStatement q = c.prepareStatement(QUERY)) {
                  try (Statement st = c.createStatement()) {
                    st.execute("SET pg_trgm.similarity_threshold = " + threshold);
                  }
                  for (int i; (i = next.getAndIncrement()) < records.size(); ) {
                    BureauRecords.Record r = records.get(i);
                    long t0 = System.nanoTime();
                    lookup(q, r.text()).ifPresent(a -> answers.put(r.id(), a));
                    nanos[i] = System.nanoTime() - t0;
                  }
                } catch (SQLException e) {
                  failure[0] = e;
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return new Run(
        GeocodeBench.Latency.of(nanos, (System.nanoTime() - start) / 1e9), new HashMap<>(answers));
  }

  private static java.util.Optional<BureauRecords.Answer> lookup(PreparedStatement q, String text)
      throws SQLException {
    String norm;
    try {
      norm = Normalizer.normalize(text, 500).text();
    } catch (AddressException e) {
      return java.util.Optional.empty();
    }
    q.setString(1, norm);
    q.setString(2, norm);
    q.setString(3, norm);
    try (ResultSet rs = q.executeQuery()) {
      if (!rs.next()) {
        return java.util.Optional.empty();
      }
      String code = rs.getString(1);
      return java.util.Optional.of(
          new BureauRecords.Answer(code, "trgm", rs.getDouble(2), code.substring(0, 6)));
    }
  }
}
