package cn.onemap.bench;

import cn.onemap.address.AddressEngine;
import cn.onemap.address.EngineOptions;
import cn.onemap.address.batch.BatchOptions;
import cn.onemap.address.batch.BatchReport;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import cn.onemap.loaders.geocode.CsvGeocodeJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Address geocoding on the large city's bureau records (5 × 5,000), One Map vs the DBA baseline
 * (PostgreSQL pg_trgm), on the same records and the same PostGIS: (a) our batch path ({@link
 * CsvGeocodeJob}) rows/s and accuracy per corruption kind against the answer files; (b)
 * single-query REST latency at 8 concurrent clients against the running portal; (c) pg_trgm over
 * the normalized full addresses of the address layer (GIN trigram index, {@code %} + {@code <->}) —
 * its rows/s, latency and accuracy. Prints one side-by-side table (also written to {@code
 * --out}/geocode.md).
 *
 * <p>Correct means: for a record with a true address, the top-1 code is that address; for a record
 * without one (another county or province, a street or door that does not exist), no door-level
 * answer with confidence ≥ 0.8 (ours) or similarity ≥ {@code --trgm-accept} (pg_trgm).
 */
public final class GeocodeBench {
  public static void main(String[] args) throws Exception {
    String pg = arg(args, "--pg", "jdbc:postgresql://127.0.0.1:55436/gis");
    String user = arg(args, "--user", "postgres");
    Path bureau = Path.of(arg(args, "--bureau", "bench/out/geocode/bureau"));
    Path out = Path.of(arg(args, "--out", "bench/out/geocode"));
    String portal = arg(args, "--portal", "");
    int threads =
        Integer.parseInt(
            arg(args, "--threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    int clients = Integer.parseInt(arg(args, "--clients", "8"));
    double accept = Double.parseDouble(arg(args, "--trgm-accept", "0.5"));
    double threshold = Double.parseDouble(arg(args, "--trgm-threshold", "0.5"));
    int trgmEvery = Integer.parseInt(arg(args, "--trgm-every", "1"));
    Files.createDirectories(out);

    List<BureauRecords.Record> records = BureauRecords.read(bureau);
    System.out.printf(Locale.ROOT, "%,d bureau records in %s%n", records.size(), bureau);

    try (PostgisFeatureStore store = PostgisFeatureStore.open(pg, user, "", 8, Clock.systemUTC())) {
      long t0 = System.nanoTime();
      AddressEngine engine = AddressEngine.load(store, EngineOptions.defaults());
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "engine: %,d addresses loaded in %.1f s%n",
          engine.info().addresses(),
          loadSeconds);

      // (a) our batch path, after one warm-up pass over the first file
      Path warm = out.resolve("warmup.csv");
      CsvGeocodeJob.run(
          engine,
          new CsvGeocodeJob.Request(
              BureauRecords.files(bureau).get(0).data(),
              warm,
              BureauRecords.files(bureau).get(0).column(),
              Optional.empty(),
              threads),
          BatchOptions.of("warmup").withoutReview());
      long rows = 0;
      long start = System.nanoTime();
      var ours = new TreeMap<String, BureauRecords.Answer>();
      for (BureauRecords.File f : BureauRecords.files(bureau)) {
        Path result = out.resolve(f.name() + ".geocoded.csv");
        BatchReport report =
            CsvGeocodeJob.run(
                engine,
                new CsvGeocodeJob.Request(f.data(), result, f.column(), Optional.empty(), threads),
                BatchOptions.of(f.name()).withoutReview());
        rows += report.rows();
        List<BureauRecords.Answer> answers = BureauRecords.readResult(result);
        List<BureauRecords.Record> ofFile =
            records.stream().filter(r -> r.bureau().equals(f.name())).toList();
        for (int i = 0; i < ofFile.size(); i++) {
          ours.put(ofFile.get(i).id(), answers.get(i));
        }
      }
      double batchSeconds = (System.nanoTime() - start) / 1e9;
      double batchRate = rows / batchSeconds;
      System.out.printf(
          Locale.ROOT,
          "(a) batch: %,d rows in %.2f s = %,.0f rows/s (%d threads)%n",
          rows,
          batchSeconds,
          batchRate,
          threads);

      // (b) REST at N clients
      Latency rest = null;
      if (!portal.isEmpty()) {
        rest = RestLoad.run(portal, records, clients);
        System.out.printf(
            Locale.ROOT,
            "(b) REST: %,d queries, %d clients: %,.0f req/s, p50 %.2f ms, p99 %.2f ms%n",
            rest.count(),
            clients,
            rest.perSecond(),
            rest.p50(),
            rest.p99());
      }

      // (c) pg_trgm
      TrgmBaseline trgm = new TrgmBaseline(store.dataSource(), threshold);
      double buildSeconds = trgm.build(store);
      List<BureauRecords.Record> sample = new ArrayList<>();
      for (int i = 0; i < records.size(); i += trgmEvery) {
        sample.add(records.get(i));
      }
      TrgmBaseline.Run trgmRun = trgm.run(sample, clients);
      System.out.printf(
          Locale.ROOT,
          "(c) pg_trgm: table + GIN index built in %.1f s; %,d queries at similarity threshold"
              + " %.2f, %d connections: %,.0f rows/s, p50 %.2f ms, p99 %.2f ms%n",
          buildSeconds,
          trgmRun.latency().count(),
          threshold,
          clients,
          trgmRun.latency().perSecond(),
          trgmRun.latency().p50(),
          trgmRun.latency().p99());

      String table =
          Report.table(
              records,
              sample,
              ours,
              trgmRun.answers(),
              accept,
              threshold,
              new Report.Speeds(
                  batchRate, threads, rest, clients, trgmRun.latency(), loadSeconds, buildSeconds));
      System.out.println();
      System.out.println(table);
      Files.writeString(out.resolve("geocode.md"), table);
    }
  }

  static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  /** Latencies of one load run, milliseconds. */
  record Latency(long count, double seconds, double p50, double p99) {
    double perSecond() {
      return count / seconds;
    }

    static Latency of(long[] nanos, double seconds) {
      long[] sorted = nanos.clone();
      java.util.Arrays.sort(sorted);
      return new Latency(sorted.length, seconds, pct(sorted, 0.50) / 1e6, pct(sorted, 0.99) / 1e6);
    }

    private static double pct(long[] sorted, double q) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(q * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
  }
}
