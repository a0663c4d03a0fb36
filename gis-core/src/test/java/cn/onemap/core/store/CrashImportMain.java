package cn.onemap.core.store;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.h2gis.H2gisFeatureStore;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import cn.onemap.core.testing.Wkt;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Run by {@link CrashSafeImportIT} as a separate JVM that the test kills with SIGKILL: opens a
 * store ({@code h2:<file>} or {@code pg:<jdbc url>}), bulk-loads {@code count} points into {@code
 * layer} and prints {@code open}, {@code progress <n>} (every 10,000 rows, then the total, before
 * the commit and the index build) and {@code committed} lines the test times its kill by.
 */
public final class CrashImportMain {
  private CrashImportMain() {}

  public static void main(String[] args) {
    String store = args[0];
    String layer = args[1];
    int count = Integer.parseInt(args[2]);
    try (JdbcFeatureStore s = open(store)) {
      System.out.println("open");
      System.out.flush();
      var features =
          IntStream.range(0, count)
              .mapToObj(
                  i ->
                      new FeatureEdit.Insert(
                          Optional.empty(),
                          Wkt.meizhouPoint((i % 1000) * 1e-4, (i / 1000) * 1e-4),
                          Map.<String, Object>of("n", i)))
              .iterator();
      s.bulkInsert(
          layer,
          features,
          EditContext.by("crash-test"),
          n -> {
            System.out.println("progress " + n);
            System.out.flush();
          });
      System.out.println("committed");
      System.out.flush();
    }
  }

  static JdbcFeatureStore open(String spec) {
    if (spec.startsWith("h2:")) {
      return H2gisFeatureStore.open(Path.of(spec.substring(3)), Clock.systemUTC());
    }
    return PostgisFeatureStore.open(spec.substring(3), "postgres", "", 4, Clock.systemUTC());
  }
}
