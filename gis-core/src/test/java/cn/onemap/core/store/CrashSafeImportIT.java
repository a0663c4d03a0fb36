package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills a JVM with SIGKILL while it bulk-loads into a layer — right after opening the store (the
 * index is dropped), mid-load and once every row is sent (commit and index build) — then reopens
 * the store and checks the layer holds all of that load or none of it, its spatial index exists and
 * answers a bbox query, and a new import succeeds. H2 commits DDL implicitly, so before the fix a
 * kill left a layer without its index whose next import failed ({@code DROP INDEX … not found}).
 */
class CrashSafeImportIT {
  private static final String LAYER = "crash_points";
  private static final int ROWS = 100_000;

  @TempDir Path dir;
  private String schema;

  @org.junit.jupiter.api.AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      try (var c = DriverManager.getConnection(StoreFixture.postgisUrl(), "postgres", "")) {
        c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private enum KillPoint {
    AFTER_OPEN("open", 0),
    MID_LOAD("progress 20000", 0),
    ALL_ROWS_SENT("progress " + ROWS, 0),
    /** Later still: on H2 usually after the data commit, while the index is being built. */
    INDEX_BUILD("progress " + ROWS, 700);

    final String line;
    final long delayMillis;

    KillPoint(String line, long delayMillis) {
      this.line = line;
      this.delayMillis = delayMillis;
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aKilledImportIsAllOrNothingIndexedAndImportableAgain(Backend backend) throws Exception {
    String spec = storeSpec(backend);
    try (JdbcFeatureStore store = CrashImportMain.open(spec)) {
      store.createLayer(
          LayerDefinition.of(
              LAYER,
              "崩溃测试点",
              LayerKind.THEMATIC,
              GeometryType.POINT,
              List.of(AttributeDefinition.optional("n", AttributeType.INTEGER, "序号"))));
    }
    long expected = 0;
    var seen = new ArrayList<String>();
    for (KillPoint point : KillPoint.values()) {
      Process child = launch(spec, ROWS);
      boolean killed = killAt(child, point.line, point.delayMillis);
      long count;
      try (JdbcFeatureStore store = CrashImportMain.open(spec)) {
        count = count(store);
        assertThat(count).as(point + " on " + backend).isIn(expected, expected + ROWS);
        assertIndexed(store);
      }
      seen.add(
          point
              + (killed && child.exitValue() != 0 ? " killed: " : " finished: ")
              + (count - expected)
              + " rows");
      expected = count;
    }
    // Importable again, in a process that is left to finish.
    Process last = launch(spec, ROWS);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(String.join("; ", seen)).isZero();
    try (JdbcFeatureStore store = CrashImportMain.open(spec)) {
      assertThat(count(store)).isEqualTo(expected + ROWS);
      assertIndexed(store);
    }
    System.out.println(backend + ": " + String.join("; ", seen));
  }

  private String storeSpec(Backend backend) throws Exception {
    if (backend == Backend.H2GIS) {
      return "h2:" + dir.resolve("store");
    }
    schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (var c = DriverManager.getConnection(StoreFixture.postgisUrl(), "postgres", "")) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    String url = StoreFixture.postgisUrl();
    return "pg:" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
  }

  private static Process launch(String spec, int rows) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashImportMain.class.getName(),
            spec,
            LAYER,
            Integer.toString(rows))
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the child's output until {@code line}, then SIGKILLs it; false if it ended first. */
  private static boolean killAt(Process child, String line, long delayMillis) throws Exception {
    var out = new StringBuilder();
    try (var in =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l; (l = in.readLine()) != null; ) {
        out.append(l).append('\n');
        if (l.equals(line)) {
          Thread.sleep(delayMillis);
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback
          child.waitFor(30, TimeUnit.SECONDS);
          return true;
        }
      }
    }
    child.waitFor(30, TimeUnit.SECONDS);
    assertThat(child.exitValue()).as(out.toString()).isZero();
    return false;
  }

  private static long count(FeatureStore store) {
    return store.count(FeatureQuery.layer(LAYER).build());
  }

  private static void assertIndexed(JdbcFeatureStore store) {
    FeatureQuery box = FeatureQuery.layer(LAYER).bbox(116.1, 24.3, 116.1001, 24.3001).build();
    assertThat(store.explain(box).toLowerCase()).contains(LAYER + "_geom");
    store.count(box);
  }
}
