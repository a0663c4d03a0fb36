package cn.onemap.bench;

import cn.onemap.address.AddressEngine;
import cn.onemap.address.AddressException;
import cn.onemap.address.batch.BatchOptions;
import cn.onemap.address.batch.BatchReport;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import cn.onemap.loaders.csv.CsvReader;
import cn.onemap.loaders.geocode.CsvGeocodeJob;
import cn.onemap.sample.CitySize;
import cn.onemap.sample.ProgressListener;
import cn.onemap.sample.SampleCity;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The address engine on the large city (1.28 million addresses) in PostGIS: engine start-up from
 * the store, batch geocoding throughput of the five bureaus' files through the CSV job (review
 * queue on, after one warm-up pass), and in-process single-query latency p50/p99 on one thread.
 * Prints one table. Goals of issue 5: ≥ 10,000 rows/s batch, p99 < 20 ms (REST latency at 8 clients
 * and the pg_trgm peer belong to the portal's benchmark).
 *
 * <p>Args: {@code --postgis URL} (an empty database: the city is generated into it), {@code --dir
 * DIR} for the bureau files, {@code --size small|large} (default large), {@code --threads N}
 * (default: processors).
 */
public final class AddressEngineBench {
  private static final Map<String, String> COLUMNS =
      Map.of(
          "gongan_huji", "户籍地址",
          "minzheng_jiuzhu", "居住地址",
          "shichang_zhuti", "经营场所",
          "weijian_jigou", "地址",
          "chengguan_anjian", "发生地址");

  public static void main(String[] args) throws Exception {
    String url = stringArg(args, "--postgis", "jdbc:postgresql://127.0.0.1:55434/gis");
    Path dir = Path.of(stringArg(args, "--dir", "bench/out/address"));
    CitySize size = CitySize.valueOf(stringArg(args, "--size", "large").toUpperCase(Locale.ROOT));
    int threads =
        Integer.parseInt(
            stringArg(
                args, "--threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    Files.createDirectories(dir);
    try (var store = PostgisFeatureStore.open(url, "postgres", "", 8, Clock.systemUTC())) {
      long g = System.nanoTime();
      SampleCity.generate(size, store, dir, ProgressListener.none());
      System.out.printf(
          Locale.ROOT, "generated %s in %.0f s%n", size, (System.nanoTime() - g) / 1e9);
      AddressEngine engine = AddressEngine.load(store);
      var info = engine.info();
      double warm = batch(engine, dir, threads, false)[0];
      double[] timed = batch(engine, dir, threads, true);
      long[] ns = latencies(engine, dir);
      System.out.println();
      System.out.println("| measure | value |");
      System.out.println("|---|---|");
      System.out.printf(Locale.ROOT, "| addresses in the registry | %,d |%n", info.addresses());
      System.out.printf(
          Locale.ROOT,
          "| engine start-up from PostGIS | %.1f s |%n",
          info.loadTime().toMillis() / 1e3);
      System.out.printf(Locale.ROOT, "| batch, first pass (JIT warm-up) | %,.0f rows/s |%n", warm);
      System.out.printf(
          Locale.ROOT,
          "| batch, %d threads, review queue on | %,.0f rows/s (%,.0f rows per CPU-second) |%n",
          threads,
          timed[0],
          timed[1]);
      System.out.printf(
          Locale.ROOT,
          "| single query, 1 thread, %,d queries | p50 %.3f ms, p99 %.3f ms, max %.1f ms |%n",
          ns.length,
          ns[ns.length / 2] / 1e6,
          ns[(int) (ns.length * 0.99)] / 1e6,
          ns[ns.length - 1] / 1e6);
    }
  }

  /** Rows/s (wall) and rows per CPU-second over the five bureau files. */
  private static double[] batch(AddressEngine engine, Path dir, int threads, boolean review) {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long rows = 0;
    long t = System.nanoTime();
    long cpu = os.getProcessCpuTime();
    for (var e : COLUMNS.entrySet()) {
      BatchOptions options = BatchOptions.of("bench-" + e.getKey());
      BatchReport r =
          CsvGeocodeJob.run(
              engine,
              new CsvGeocodeJob.Request(
                  dir.resolve(e.getKey() + ".csv"),
                  dir.resolve(e.getKey() + ".geocoded.csv"),
                  e.getValue(),
                  Optional.empty(),
                  threads),
              review ? options : options.withoutReview());
      rows += r.rows();
    }
    double wall = (System.nanoTime() - t) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    return new double[] {rows / wall, rows / cpuSeconds};
  }

  /** Sorted latencies of geocoding every bureau text once, one at a time. */
  private static long[] latencies(AddressEngine engine, Path dir) throws Exception {
    List<String> texts = new ArrayList<>();
    for (var e : COLUMNS.entrySet()) {
      Charset cs =
          e.getKey().equals("shichang_zhuti")
              ? Charset.forName("GBK")
              : java.nio.charset.StandardCharsets.UTF_8;
      try (Reader r = Files.newBufferedReader(dir.resolve(e.getKey() + ".csv"), cs);
          CsvReader csv = new CsvReader(r, ',')) {
        List<String> header = csv.next().orElseThrow();
        int col = header.indexOf(e.getValue());
        for (var rec = csv.next(); rec.isPresent(); rec = csv.next()) {
          texts.add(rec.get().get(col));
        }
      }
    }
    long[] ns = new long[texts.size()];
    for (int i = 0; i < ns.length; i++) {
      long s = System.nanoTime();
      try {
        engine.geocode(texts.get(i));
      } catch (AddressException ignored) {
        // counted like any other query
      }
      ns[i] = System.nanoTime() - s;
    }
    Arrays.sort(ns);
    return ns;
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
