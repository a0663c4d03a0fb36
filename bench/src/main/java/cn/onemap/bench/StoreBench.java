package cn.onemap.bench;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.h2gis.H2gisFeatureStore;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Feature store benchmark, both backends in one run on the same generated data: bulk-load
 * throughput (features/s), transactional edit-batch insert throughput, and bbox query latency
 * (p50/p99) over a layer of N point features spread over Meizhou's central city. Prints one table.
 *
 * <p>Args: {@code --features N} (default 1,000,000), {@code --queries Q} (default 1,000), {@code
 * --postgis URL}, {@code --dir DIR} for the H2GIS file.
 */
public final class StoreBench {
  private static final double MIN_X = 115.95;
  private static final double MIN_Y = 24.15;
  private static final double SPAN = 0.4; // ~40 km square
  private static final double QUERY_SIZE = 0.005; // ~500 m: a street block at portal zoom
  private static final GeometryFactory CGCS2000 = new GeometryFactory(new PrecisionModel(), 4490);

  private record Result(
      String backend,
      int features,
      double bulkPerSecond,
      double editPerSecond,
      double p50,
      double p99,
      double meanHits) {}

  public static void main(String[] args) throws Exception {
    int features = intArg(args, "--features", 1_000_000);
    int queries = intArg(args, "--queries", 1_000);
    String postgis = stringArg(args, "--postgis", "jdbc:postgresql://127.0.0.1:55433/gis");
    Path dir = Path.of(stringArg(args, "--dir", "bench/out"));
    Files.createDirectories(dir);
    for (String suffix : List.of(".mv.db", ".trace.db")) {
      Files.deleteIfExists(dir.resolve("store-bench" + suffix));
    }

    var results = new ArrayList<Result>();
    try (FeatureStore h2 = H2gisFeatureStore.open(dir.resolve("store-bench"), Clock.systemUTC())) {
      results.add(run(h2, features, queries));
    }
    try (FeatureStore pg =
        PostgisFeatureStore.open(postgis, "postgres", "", 4, Clock.systemUTC())) {
      pg.layer("bench_parts").ifPresent(l -> pg.dropLayer(l.id()));
      pg.layer("bench_edits").ifPresent(l -> pg.dropLayer(l.id()));
      results.add(run(pg, features, queries));
    }

    System.out.println();
    System.out.printf(
        "Feature store, %,d point features, %,d bbox queries of %.0f m x %.0f m%n",
        features, queries, QUERY_SIZE * 101_000, QUERY_SIZE * 111_000);
    System.out.printf(
        "%-8s | %14s | %16s | %12s | %12s | %12s%n",
        "backend",
        "bulk insert/s",
        "edit batch ins/s",
        "bbox p50 ms",
        "bbox p99 ms",
        "features/qry");
    for (Result r : results) {
      System.out.printf(
          "%-8s | %,14.0f | %,16.0f | %12.2f | %12.2f | %12.1f%n",
          r.backend, r.bulkPerSecond, r.editPerSecond, r.p50, r.p99, r.meanHits);
    }
  }

  private static Result run(FeatureStore store, int features, int queries) {
    System.out.println("== " + store.backend());
    store.createLayer(layer("bench_parts"));
    long t0 = System.nanoTime();
    long written =
        store.bulkInsert(
            "bench_parts",
            features(features, 42),
            EditContext.by("bench"),
            n -> {
              if (n % 200_000 == 0) {
                System.out.printf("  bulk loaded %,d%n", n);
              }
            });
    double bulkSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("  bulk insert: %,d features in %.2f s%n", written, bulkSeconds);

    // Transactional edits: 20 batches of 1,000 inserts, the path interactive editors and WFS-T use.
    store.createLayer(layer("bench_edits"));
    Iterator<FeatureEdit.Insert> edits = features(20_000, 7);
    long t1 = System.nanoTime();
    for (int b = 0; b < 20; b++) {
      var batch = new ArrayList<FeatureEdit>(1_000);
      for (int i = 0; i < 1_000; i++) {
        batch.add(edits.next());
      }
      store.apply("bench_edits", batch, EditContext.by("bench"));
    }
    double editSeconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf("  edit batches: 20,000 features in %.2f s%n", editSeconds);

    SplittableRandom random = new SplittableRandom(99);
    double[] latencies = new double[queries];
    long hits = 0;
    int warmup = Math.max(100, queries / 5);
    for (int q = -warmup; q < queries; q++) {
      double x = MIN_X + random.nextDouble() * (SPAN - QUERY_SIZE);
      double y = MIN_Y + random.nextDouble() * (SPAN - QUERY_SIZE);
      FeatureQuery query =
          FeatureQuery.layer("bench_parts").bbox(x, y, x + QUERY_SIZE, y + QUERY_SIZE).build();
      long start = System.nanoTime();
      long n;
      try (FeatureCursor cursor = store.query(query)) {
        n = cursor.stream().count();
      }
      if (q >= 0) {
        latencies[q] = (System.nanoTime() - start) / 1e6;
        hits += n;
      }
    }
    Arrays.sort(latencies);
    store.dropLayer("bench_edits");
    store.dropLayer("bench_parts");
    return new Result(
        store.backend(),
        features,
        written / bulkSeconds,
        20_000 / editSeconds,
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        hits / (double) queries);
  }

  private static LayerDefinition layer(String id) {
    return LayerDefinition.of(
        id,
        "基准测试部件",
        LayerKind.CITY_PART,
        GeometryType.POINT,
        List.of(
            AttributeDefinition.required("code", AttributeType.STRING, "部件编码"),
            AttributeDefinition.optional("class", AttributeType.INTEGER, "小类"),
            AttributeDefinition.optional("state", AttributeType.STRING, "状态")));
  }

  /** Deterministic features: uniform points over the extent, GB/T 30428.2-style 16-digit codes. */
  private static Iterator<FeatureEdit.Insert> features(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < count;
      }

      @Override
      public FeatureEdit.Insert next() {
        i++;
        var point =
            CGCS2000.createPoint(
                new Coordinate(
                    MIN_X + random.nextDouble() * SPAN, MIN_Y + random.nextDouble() * SPAN));
        int minor = 1 + random.nextInt(30);
        return new FeatureEdit.Insert(
            Optional.empty(),
            point,
            Map.of(
                "code",
                String.format("441402%04d%06d", 100 + minor, i),
                "class",
                minor,
                "state",
                i % 10 == 0 ? "损坏" : "完好"));
      }
    };
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
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
