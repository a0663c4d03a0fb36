package cn.onemap.portal.geocode;

import cn.onemap.address.AddressEngine;
import cn.onemap.address.EngineOptions;
import cn.onemap.core.GisException;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.layers.LayerDataChanged;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The portal's one {@link AddressEngine}: built from the feature store at start ({@link
 * GeocoderStartup}), rebuilt in the background when the address or street layer changes — at once
 * after this node's imports ({@link LayerDataChanged}), and within {@code
 * onemap.geocode.refresh-check} for changes made elsewhere (other nodes, WFS transactions), found
 * by comparing the two layers' change counters ({@link FeatureStore#layerVersion}, raised in the
 * transaction of every write; one indexed read each, cheap at the default of every 2 s). Queries
 * keep using the previous engine until the new one is ready; learned aliases live in the store's
 * database, survive rebuilds, and reach the engines of the other nodes with the same check.
 */
@Service
public class AddressEngines {
  private static final Logger log = LoggerFactory.getLogger(AddressEngines.class);

  private final FeatureStore store;
  private final EngineOptions options;
  private final Duration refreshCheck;
  private final ScheduledExecutorService refresher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "address-engine-refresh");
            t.setDaemon(true);
            return t;
          });
  private volatile AddressEngine engine;
  private volatile String unavailable = "the address engine is still loading";
  private volatile Snapshot built;
  private volatile Instant loadedAt;
  private volatile long generation;

  /** What the address layers looked like when the engine was built. */
  private record Snapshot(long addresses, long streets) {}

  AddressEngines(FeatureStore store, PortalProperties properties) {
    this.store = store;
    this.options = EngineOptions.defaults();
    this.refreshCheck = properties.geocode().refreshCheck();
  }

  /** The engine, or {@link GeocoderUnavailableException} (503) while there is none. */
  public AddressEngine current() {
    AddressEngine e = engine;
    if (e == null) {
      throw new GeocoderUnavailableException(unavailable);
    }
    return e;
  }

  /** The engine if one is loaded. */
  public Optional<AddressEngine> ready() {
    return Optional.ofNullable(engine);
  }

  /** When the current engine was built, and how many times an engine was built. */
  public Optional<Instant> loadedAt() {
    return Optional.ofNullable(loadedAt);
  }

  public long generation() {
    return generation;
  }

  /** Why there is no engine (empty when there is one). */
  public Optional<String> unavailableReason() {
    return engine == null ? Optional.of(unavailable) : Optional.empty();
  }

  /** Builds the first engine on the calling thread and starts watching for changes. */
  void start() {
    build();
    long every = Math.max(1, refreshCheck.toMillis());
    refresher.scheduleWithFixedDelay(this::refreshIfChanged, every, every, TimeUnit.MILLISECONDS);
  }

  /** Rebuilds now on the calling thread (the old engine serves meanwhile). */
  public synchronized void build() {
    try {
      // Read before the load: a write committed during it raises a counter, so the next check
      // rebuilds.
      Snapshot before = snapshot();
      AddressEngine next = AddressEngine.load(store, options);
      built = before;
      engine = next;
      loadedAt = Instant.now();
      generation++;
    } catch (GisException e) {
      unavailable = "the address engine cannot be built: " + e.getMessage();
      log.warn("{}", unavailable);
    } catch (RuntimeException e) {
      unavailable = "the address engine cannot be built: " + e;
      log.error("building the address engine failed", e);
    }
  }

  @EventListener
  void layerChanged(LayerDataChanged event) {
    if (event.layerId().equals(options.addressLayer())
        || event.layerId().equals(options.streetLayer())) {
      refresher.execute(this::refreshIfChanged);
    }
  }

  /**
   * Rebuilds when the address layers differ from what the engine was built from, and takes up
   * aliases learned on other nodes (review-queue corrections there).
   */
  void refreshIfChanged() {
    try {
      AddressEngine current = engine;
      if (current != null) {
        int read = current.syncAliases();
        if (read > 0) {
          log.debug("{} learned alias(es) read from the review tables", read);
        }
      }
      Snapshot was = built;
      if (was == null) {
        if (store.layer(options.addressLayer()).isPresent()
            && store.layer(options.streetLayer()).isPresent()) {
          build();
        }
        return;
      }
      if (!snapshot().equals(was)) {
        log.info("address layers changed: rebuilding the address engine");
        build();
      }
    } catch (RuntimeException e) {
      log.warn("checking the address layers for changes failed: {}", e.getMessage());
    }
  }

  private Snapshot snapshot() {
    return new Snapshot(
        store.layerVersion(options.addressLayer()), store.layerVersion(options.streetLayer()));
  }

  @PreDestroy
  void stop() {
    refresher.shutdownNow();
  }
}
