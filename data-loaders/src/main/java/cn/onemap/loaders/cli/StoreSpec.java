package cn.onemap.loaders.cli;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.h2gis.H2gisFeatureStore;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The {@code --store} argument: {@code h2:/path/to/db} (an H2GIS file database, created if missing)
 * or {@code postgis:jdbc:postgresql://host:port/db}.
 */
final class StoreSpec {
  private StoreSpec() {}

  static FeatureStore open(String spec, String user, String password) {
    if (spec.startsWith("h2:")) {
      return H2gisFeatureStore.open(Path.of(spec.substring(3)), Clock.systemUTC());
    }
    if (spec.startsWith("postgis:")) {
      return PostgisFeatureStore.open(spec.substring(8), user, password, 2, Clock.systemUTC());
    }
    throw new IllegalArgumentException(
        "--store must be h2:/path/to/db or postgis:jdbc:postgresql://host:port/db, not '"
            + spec
            + "'");
  }
}
