package cn.onemap.sample;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.StoreAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the sample city into a store, for benchmarks and demos:
 *
 * <pre>
 * Main small|large h2gis:PATH|postgis:jdbc:postgresql://HOST:PORT/DB [BUREAU_DIR] [USER] [PASSWORD]
 * </pre>
 *
 * H2GIS creates {@code PATH.mv.db}; a PostGIS store is created in the URL's database (the layers
 * must not exist yet). Bureau files go to BUREAU_DIR (default {@code ./bureau-<size>}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println(
          "usage: Main small|large h2gis:PATH|postgis:jdbc:postgresql://HOST:PORT/DB [BUREAU_DIR]"
              + " [USER]"
              + " [PASSWORD]");
      System.exit(2);
    }
    CitySize size = CitySize.valueOf(args[0].toUpperCase(Locale.ROOT));
    Path bureau = Path.of(args.length > 2 ? args[2] : "bureau-" + size.spec().name());
    try (FeatureStore store =
        open(args[1], args.length > 3 ? args[3] : "postgres", args.length > 4 ? args[4] : "")) {
      long[] last = {0};
      GenerationReport report =
          SampleCity.generate(
              size,
              store,
              bureau,
              (step, done) -> {
                long now = System.nanoTime();
                if (done == 0 || now - last[0] > 5_000_000_000L) {
                  last[0] = now;
                  System.out.printf("%s %,d%n", step, done);
                }
              });
      System.out.printf("%n%-24s %12s %10s%n", "layer", "features", "seconds");
      for (Map.Entry<String, Long> e : report.counts().entrySet()) {
        System.out.printf(
            "%-24s %,12d %10.1f%n",
            e.getKey(), e.getValue(), report.loadTimes().get(e.getKey()).toMillis() / 1000.0);
      }
      System.out.printf(
          "%-24s %,12d %10.1f%n", "total", report.total(), report.elapsed().toMillis() / 1000.0);
      System.out.println("bureau files: " + bureau.toAbsolutePath());
    }
  }

  static FeatureStore open(String target, String user, String password) {
    return StoreAddress.parse(target).open(user, password, 4, Clock.systemUTC());
  }
}
