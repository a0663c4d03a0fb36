package cn.onemap.core.store;

import cn.onemap.core.store.h2gis.H2gisFeatureStore;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a store lives, as every command line names it: {@code h2gis:PATH} (an embedded H2GIS file
 * database, {@code PATH.mv.db}, created if missing) or {@code
 * postgis:jdbc:postgresql://HOST:PORT/DB}. One syntax for every tool, so that a command copied from
 * one CLI works in the other.
 *
 * @param backend which implementation opens it
 * @param location the file path (H2GIS) or the JDBC URL (PostGIS)
 */
public record StoreAddress(Backend backend, String location) {
  /** The two store implementations. */
  public enum Backend {
    H2GIS,
    POSTGIS
  }

  public static final String SYNTAX = "h2gis:PATH or postgis:jdbc:postgresql://HOST:PORT/DB";

  public StoreAddress {
    Objects.requireNonNull(backend, "backend");
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("a store address needs a location: " + SYNTAX);
    }
  }

  /**
   * Parses {@code h2gis:PATH} or {@code postgis:jdbc:postgresql://…}.
   *
   * @throws IllegalArgumentException naming the expected syntax (and the likely fix for the older
   *     spellings {@code h2:} and a bare {@code jdbc:postgresql:} URL)
   */
  public static StoreAddress parse(String text) {
    String t = Objects.requireNonNull(text, "store address").strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("h2gis:")) {
      return new StoreAddress(Backend.H2GIS, t.substring("h2gis:".length()));
    }
    if (lower.startsWith("postgis:")) {
      String url = t.substring("postgis:".length());
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException(
            "a PostGIS store address is postgis:jdbc:postgresql://HOST:PORT/DB, not '" + t + "'");
      }
      return new StoreAddress(Backend.POSTGIS, url);
    }
    String hint =
        lower.startsWith("h2:")
            ? " (write h2gis:" + t.substring(3) + ")"
            : lower.startsWith("jdbc:postgresql:") ? " (write postgis:" + t + ")" : "";
    throw new IllegalArgumentException("a store address is " + SYNTAX + ", not '" + t + "'" + hint);
  }

  /** Opens the store; PostGIS with the given credentials and connection pool size. */
  public FeatureStore open(String user, String password, int poolSize, Clock clock) {
    return switch (backend) {
      case H2GIS -> H2gisFeatureStore.open(Path.of(location), clock);
      case POSTGIS -> PostgisFeatureStore.open(location, user, password, poolSize, clock);
    };
  }

  @Override
  public String toString() {
    return backend.name().toLowerCase(Locale.ROOT) + ":" + location;
  }
}
