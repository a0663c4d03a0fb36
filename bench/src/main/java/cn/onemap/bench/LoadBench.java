package cn.onemap.bench;

import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.ImportRequest;
import cn.onemap.loaders.Importer;
import cn.onemap.loaders.NewLayer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Import throughput of the SAME GeoPackage into PostGIS: our loader ({@link Importer}, no key, so
 * PostGIS COPY through {@code bulkInsert}) vs GDAL's {@code ogr2ogr -f PostgreSQL} with COPY. The
 * GeoPackage holds N point features in EPSG:4548 (CGCS2000 GK CM 117E) with four attributes,
 * generated from a fixed seed through ogr2ogr; both tools transform to EPSG:4490 on the way, so
 * they do the same work. Prints one table.
 *
 * <p>Args: {@code --features N} (default 1,000,000), {@code --dir DIR}, {@code --postgis URL}.
 */
public final class LoadBench {
  private record Row(String tool, long features, double seconds) {}

  public static void main(String[] args) throws Exception {
    int n = intArg(args, "--features", 1_000_000);
    Path dir = Path.of(stringArg(args, "--dir", "bench/out"));
    String url = stringArg(args, "--postgis", "jdbc:postgresql://127.0.0.1:55434/gis");
    Files.createDirectories(dir);
    Path gpkg = dir.resolve("load-bench-" + n + ".gpkg");
    if (!Files.exists(gpkg)) {
      Path csv = dir.resolve("load-bench-" + n + ".csv");
      generate(csv, n);
      run(
          dir,
          "ogr2ogr",
          "-f",
          "GPKG",
          gpkg.getFileName().toString(),
          csv.getFileName().toString(),
          "-oo",
          "X_POSSIBLE_NAMES=x",
          "-oo",
          "Y_POSSIBLE_NAMES=y",
          "-oo",
          "KEEP_GEOM_COLUMNS=NO",
          "-oo",
          "AUTODETECT_TYPE=YES",
          "-a_srs",
          "EPSG:4548",
          "-nln",
          "points");
      Files.delete(csv);
    }
    var hostPort = url.replaceFirst("jdbc:postgresql://", "").split("/")[0].split(":");
    String pg = "PG:host=" + hostPort[0] + " port=" + hostPort[1] + " dbname=gis user=postgres";

    List<Row> rows = new ArrayList<>();
    try (FeatureStore store = PostgisFeatureStore.open(url, "postgres", "", 4, Clock.systemUTC())) {
      // ogr2ogr first, then ours: each starts on an empty table; a warm-up import of ours is
      // excluded so the JVM's first-use costs (EPSG database, JIT) do not count.
      store.layer("bench_warmup").ifPresent(l -> store.dropLayer(l.id()));
      importOurs(store, gpkg, "bench_warmup");
      store.dropLayer("bench_warmup");

      execute(url, "DROP TABLE IF EXISTS ogr_points CASCADE");
      long t0 = System.nanoTime();
      run(
          dir,
          "ogr2ogr",
          "-f",
          "PostgreSQL",
          pg,
          gpkg.getFileName().toString(),
          "-nln",
          "ogr_points",
          "-t_srs",
          "EPSG:4490",
          "-lco",
          "GEOMETRY_NAME=geom",
          "--config",
          "PG_USE_COPY",
          "YES");
      double ogrSeconds = (System.nanoTime() - t0) / 1e9;
      rows.add(new Row("ogr2ogr (GDAL, COPY)", count(url, "ogr_points"), ogrSeconds));

      store.layer("bench_load").ifPresent(l -> store.dropLayer(l.id()));
      t0 = System.nanoTime();
      ImportReport r = importOurs(store, gpkg, "bench_load");
      double ourSeconds = (System.nanoTime() - t0) / 1e9;
      long stored = store.count(FeatureQuery.layer("bench_load").build());
      if (stored != n || r.inserted() != n) {
        throw new IllegalStateException("loaded " + stored + " of " + n + ": " + r);
      }
      rows.add(new Row("One Map loader (bulkInsert, COPY)", stored, ourSeconds));
    }
    print(n, rows);
  }

  private static ImportReport importOurs(FeatureStore store, Path gpkg, String layer) {
    return new Importer(store)
        .run(
            ImportRequest.builder(gpkg, layer)
                .createLayer(NewLayer.of("基准测试点", LayerKind.THEMATIC))
                .qcReport(gpkg.resolveSibling(layer + ".qc.csv"))
                .build());
  }

  private static void print(int n, List<Row> rows) {
    double base = rows.get(0).features() / rows.get(0).seconds();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "GeoPackage -> PostGIS, %,d points, EPSG:4548 -> EPSG:4490, 4 attributes%n",
        n);
    System.out.printf(
        Locale.ROOT,
        "%-34s | %10s | %8s | %12s | %6s%n",
        "tool",
        "features",
        "seconds",
        "features/s",
        "ratio");
    System.out.println(
        "-".repeat(34)
            + "-|-"
            + "-".repeat(10)
            + "-|-"
            + "-".repeat(8)
            + "-|-"
            + "-".repeat(12)
            + "-|-"
            + "-".repeat(6));
    for (Row r : rows) {
      double rate = r.features() / r.seconds();
      System.out.printf(
          Locale.ROOT,
          "%-34s | %,10d | %8.2f | %,12.0f | %6.2f%n",
          r.tool(),
          r.features(),
          r.seconds(),
          rate,
          rate / base);
    }
  }

  /** Points over Meizhou's central area in EPSG:4548 metres, fixed seed. */
  private static void generate(Path csv, int n) throws IOException {
    SplittableRandom random = new SplittableRandom(20261121);
    String[] names = {"上水井盖", "污水井盖", "雨水井盖", "雨水箅子", "电力井盖", "路灯", "消防栓", "燃气井盖"};
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("code,name,kind,diameter,x,y\n");
      for (int i = 0; i < n; i++) {
        double x = 390_000 + random.nextDouble() * 60_000;
        double y = 2_670_000 + random.nextDouble() * 60_000;
        int kind = random.nextInt(names.length);
        w.write(
            String.format(
                Locale.ROOT,
                "MZ%08d,%s,%d,%.1f,%.3f,%.3f%n",
                i,
                names[kind],
                kind + 1,
                100 + 50.0 * random.nextInt(8),
                x,
                y));
      }
    }
  }

  private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed");
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (var c = DriverManager.getConnection(url, "postgres", "")) {
      c.createStatement().execute(sql);
    }
  }

  private static long count(String url, String table) throws Exception {
    try (var c = DriverManager.getConnection(url, "postgres", "");
        var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int intArg(String[] args, String name, int def) {
    return Integer.parseInt(stringArg(args, name, Integer.toString(def)));
  }

  private static String stringArg(String[] args, String name, String def) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
