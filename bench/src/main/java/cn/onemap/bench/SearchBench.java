package cn.onemap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The feature search side by side: our {@code GET /api/search} (HTTP, as the admin, who reads every
 * layer) against the same search written as one SQL statement on PostGIS, {@code ILIKE '%q%'} over
 * the same attributes of the same layers ranked exact/prefix/inside and limited to 10, first
 * without any index on them (what the store did before its search index), then with a {@code
 * pg_trgm} GIN index on every searched column (what a DBA would add). Queries are drawn from the
 * data: whole codes, code prefixes, whole names and two or three characters from inside a name.
 *
 * <pre>
 *   SearchBench --portal http://127.0.0.1:18490 --auth admin:pw --postgis jdbc:postgresql://... \
 *       [--queries 60] [--rounds 5]
 * </pre>
 */
public final class SearchBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String portal = a.get("portal");
    String auth = "Basic " + Base64.getEncoder().encodeToString(a.get("auth").getBytes());
    int queries = Integer.parseInt(a.getOrDefault("queries", "60"));
    int rounds = Integer.parseInt(a.getOrDefault("rounds", "5"));
    try (Connection c = DriverManager.getConnection(a.get("postgis"), "postgres", "")) {
      Map<String, List<String>> searched = searched(c);
      List<String> qs = queries(c, searched, queries);
      String sql = ilikeSql(searched);
      HttpClient http = HttpClient.newHttpClient();
      // Warm up all three paths once (JIT, plans, caches), then measure.
      for (String q : qs) {
        ours(http, portal, auth, q);
        sqlSearch(c, sql, q);
      }
      double[] ours = new double[qs.size() * rounds];
      double[] ilike = new double[qs.size() * rounds];
      int oursFound = 0;
      int ilikeFound = 0;
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < qs.size(); i++) {
          long t0 = System.nanoTime();
          int n = ours(http, portal, auth, qs.get(i));
          ours[r * qs.size() + i] = (System.nanoTime() - t0) / 1e6;
          t0 = System.nanoTime();
          int m = sqlSearch(c, sql, qs.get(i));
          ilike[r * qs.size() + i] = (System.nanoTime() - t0) / 1e6;
          if (r == 0) {
            oursFound += n;
            ilikeFound += m;
          }
        }
      }
      long t0 = System.nanoTime();
      createTrgm(c, searched);
      double trgmBuild = (System.nanoTime() - t0) / 1e9;
      for (String q : qs) {
        sqlSearch(c, sql, q);
      }
      double[] trgm = new double[qs.size() * rounds];
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < qs.size(); i++) {
          t0 = System.nanoTime();
          sqlSearch(c, sql, qs.get(i));
          trgm[r * qs.size() + i] = (System.nanoTime() - t0) / 1e6;
        }
      }
      dropTrgm(c, searched);
      long features = count(c, searched);
      System.out.printf(
          "%nFeature search, %d layers / %d current features / %d queries x %d rounds (limit 10)%n",
          searched.size(), features, qs.size(), rounds);
      System.out.printf("%-44s %10s %10s %12s%n", "", "median ms", "p90 ms", "found (1st)");
      row("ours: GET /api/search (HTTP, JSON, index)", ours, oursFound);
      row("PostGIS ILIKE '%q%', no index (JDBC)", ilike, ilikeFound);
      row(String.format("PostGIS ILIKE + pg_trgm GIN (built %.1f s)", trgmBuild), trgm, ilikeFound);
      System.out.println(
          "found: results of the first round summed; ILIKE also finds codes by infix, ours by prefix"
              + " only (by design).");
    }
  }

  private static void row(String label, double[] ms, int found) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf(
        "%-44s %10.2f %10.2f %12d%n",
        label,
        s[s.length / 2],
        s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)],
        found);
  }

  /** The searched attributes of every non-address layer, from the catalog's search metadata. */
  static Map<String, List<String>> searched(Connection c) throws SQLException {
    Map<String, List<String>> m = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT a.layer_id, a.name FROM om_search_attribute a JOIN om_layer l ON l.id ="
                    + " a.layer_id WHERE l.kind <> 'ADDRESS' ORDER BY a.layer_id, a.name")) {
      while (rs.next()) {
        m.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return m;
  }

  static List<String> queries(Connection c, Map<String, List<String>> searched, int n)
      throws SQLException {
    var rnd = new Random(11);
    var values = new ArrayList<String>();
    for (var e : searched.entrySet()) {
      for (String col : e.getValue()) {
        try (Statement st = c.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "SELECT \""
                        + col
                        + "\" FROM \"l_"
                        + e.getKey()
                        + "\" WHERE valid_to IS NULL AND op <> 'D' AND \""
                        + col
                        + "\" IS NOT NULL ORDER BY vid LIMIT 200")) {
          while (rs.next()) {
            values.add(rs.getString(1));
          }
        }
      }
    }
    var qs = new ArrayList<String>();
    while (qs.size() < n && !values.isEmpty()) {
      String v = values.get(rnd.nextInt(values.size()));
      boolean chinese = v.codePoints().anyMatch(Character::isIdeographic);
      switch (qs.size() % 3) {
        case 0 -> qs.add(v);
        case 1 -> qs.add(v.substring(0, Math.max(2, v.length() * 2 / 3)));
        default -> {
          if (chinese && v.length() >= 4) {
            int from = 1 + rnd.nextInt(v.length() - 3);
            qs.add(v.substring(from, from + 2 + rnd.nextInt(2)));
          } else {
            qs.add(v.substring(0, Math.max(2, v.length() / 2)));
          }
        }
      }
    }
    return qs;
  }

  /** One statement: ILIKE over every searched column, ranked like ours, 10 rows. */
  static String ilikeSql(Map<String, List<String>> searched) {
    var parts = new ArrayList<String>();
    for (var e : searched.entrySet()) {
      for (String col : e.getValue()) {
        parts.add(
            String.format(
                "SELECT '%s' AS layer, fid, \"%s\" AS v FROM \"l_%s\" WHERE valid_to IS NULL AND op"
                    + " <> 'D' AND \"%s\" ILIKE ?",
                e.getKey(), col, e.getKey(), col));
      }
    }
    return "SELECT layer, fid, v FROM ("
        + String.join(" UNION ALL ", parts)
        + ") x ORDER BY CASE WHEN lower(v) = lower(?) THEN 0 WHEN v ILIKE ? THEN 1 ELSE 2 END,"
        + " length(v), layer, fid LIMIT 10";
  }

  static int sqlSearch(Connection c, String sql, String q) throws SQLException {
    String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int n = ps.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= n - 2; i++) {
        ps.setString(i, "%" + escaped + "%");
      }
      ps.setString(n - 1, q);
      ps.setString(n, escaped + "%");
      int rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
      return rows;
    }
  }

  static int ours(HttpClient http, String portal, String auth, String q) throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    portal
                        + "/api/search?limit=10&q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .header("Authorization", auth)
            .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "/api/search?q=" + q + " answered " + r.statusCode() + ": " + r.body());
    }
    JsonNode body = JSON.readTree(r.body());
    return body.get("results").size();
  }

  static void createTrgm(Connection c, Map<String, List<String>> searched) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      for (var e : searched.entrySet()) {
        for (String col : e.getValue()) {
          st.execute(
              String.format(
                  "CREATE INDEX \"bench_trgm_%s_%s\" ON \"l_%s\" USING gin (\"%s\" gin_trgm_ops)",
                  e.getKey(), col, e.getKey(), col));
        }
        st.execute("ANALYZE \"l_" + e.getKey() + "\"");
      }
    }
  }

  static void dropTrgm(Connection c, Map<String, List<String>> searched) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (var e : searched.entrySet()) {
        for (String col : e.getValue()) {
          st.execute(String.format("DROP INDEX IF EXISTS \"bench_trgm_%s_%s\"", e.getKey(), col));
        }
      }
    }
  }

  static long count(Connection c, Map<String, List<String>> searched) throws SQLException {
    long n = 0;
    for (String layer : searched.keySet()) {
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT count(*) FROM \"l_"
                      + layer
                      + "\" WHERE valid_to IS NULL AND op <> 'D'")) {
        rs.next();
        n += rs.getLong(1);
      }
    }
    return n;
  }
}
