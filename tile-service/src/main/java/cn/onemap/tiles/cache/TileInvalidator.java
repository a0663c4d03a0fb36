package cn.onemap.tiles.cache;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.StoreChange;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.render.RenderRequest;
import cn.onemap.tiles.render.ScaleDenominator;
import cn.onemap.tiles.render.SymbolReach;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;

/**
 * Truncates exactly the cached tiles an edit can change, read from the store's change log ({@link
 * FeatureStore#changesSince}). Because the log is in the database, every portal node sharing it
 * polls the same entries and clears its own memory cache and the (possibly shared) disk: a version
 * counter per layer, polled every {@code poll} (250 ms by default), one query per poll when nothing
 * changed. The last versions seen are kept in the cache directory, so edits made while a node was
 * down (a loader CLI against the database) are applied at its next start.
 *
 * <p>For each changed feature: its old and new envelope, in every tile matrix set's CRS, widened at
 * each level by the reach of the style drawn there ({@link SymbolReach}: half the widest stroke or
 * mark, plus a pixel; for styles with labels the renderer's label buffer, rounded out to whole
 * metatiles since a label collision can move another label anywhere in the same render); for every
 * tileset that draws the layer (skipping a labels tileset when the layer has no labels, and the
 * reverse), every cached style, every format, the present and every TIME at or after the change's
 * valid-from. Past-date tiles before it stay: history does not change. Unversioned layers have no
 * past, so all their times go. A whole-layer change (created, altered, dropped) truncates every
 * tile of its tilesets.
 */
public final class TileInvalidator implements AutoCloseable {
  static final int BATCH = 5_000;
  static final String STATE_FILE = ".invalidator-versions";

  private final FeatureStore store;
  private final Tilesets tilesets;
  private final TileCache cache;
  private final StyleLookup styles;
  private final TileMatrixSets sets;
  private final RasterTiles.Settings render;
  private final Map<String, Long> seen = new HashMap<>();
  private final List<Consumer<List<TileKey>>> listeners = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService timer;
  private volatile long processed;

  public TileInvalidator(
      FeatureStore store,
      Tilesets tilesets,
      TileCache cache,
      StyleLookup styles,
      TileMatrixSets sets,
      RasterTiles.Settings render) {
    this.store = Objects.requireNonNull(store, "store");
    this.tilesets = Objects.requireNonNull(tilesets, "tilesets");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.styles = Objects.requireNonNull(styles, "styles").orDefaults();
    this.sets = Objects.requireNonNull(sets, "sets");
    this.render = Objects.requireNonNull(render, "render");
    Map<String, Long> stored = readState();
    Map<String, Long> now = store.layerVersions();
    if (stored.isEmpty()) {
      boolean cached = cache.stats().diskTiles() > 0;
      seen.putAll(now);
      if (cached) {
        // tiles of unknown age and no record of what they saw: none can be trusted
        Set<String> all = new java.util.TreeSet<>();
        tilesets.all().forEach(t -> all.add(t.id()));
        cache.truncate(TileSelector.everything(all, Optional.empty()));
      }
      writeState();
    } else {
      seen.putAll(stored);
    }
  }

  /** Told the keys of cached tiles each poll removed (for re-seeding them in the background). */
  public void onTruncated(Consumer<List<TileKey>> listener) {
    listeners.add(listener);
  }

  /** Polls every {@code every} on a daemon thread until closed. */
  public synchronized void start(Duration every) {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tile-invalidator");
              t.setDaemon(true);
              return t;
            });
    long ms = Math.max(10, every.toMillis());
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            poll();
          } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(TileInvalidator.class)
                .warn("tile invalidation poll failed: {}", e.getMessage());
          }
        },
        ms,
        ms,
        TimeUnit.MILLISECONDS);
  }

  /** Change log entries applied since start. */
  public long processed() {
    return processed;
  }

  /**
   * Applies every change committed since the last poll; returns how many entries. Call it right
   * after a local edit to make the fresh tile visible at once.
   */
  public synchronized int poll() {
    int n = 0;
    List<TileKey> removed = new ArrayList<>();
    for (Map.Entry<String, Long> e : store.layerVersions().entrySet()) {
      String layer = e.getKey();
      long last = seen.getOrDefault(layer, 0L);
      while (e.getValue() > last) {
        List<StoreChange> changes = store.changesSince(layer, last, BATCH);
        if (changes.isEmpty()) {
          last = e.getValue(); // a version with no entries (should not happen): move on
          break;
        }
        if (changes.size() == BATCH) {
          long lastVersion = changes.get(changes.size() - 1).version();
          List<StoreChange> whole =
              changes.stream().filter(c -> c.version() != lastVersion).toList();
          changes = whole.isEmpty() ? changes : whole;
        }
        for (StoreChange c : changes) {
          apply(c, removed::add);
          n++;
        }
        last = changes.get(changes.size() - 1).version();
      }
      seen.put(layer, last);
    }
    if (n > 0) {
      processed += n;
      writeState();
      if (!removed.isEmpty()) {
        List<TileKey> keys = List.copyOf(new java.util.LinkedHashSet<>(removed));
        listeners.forEach(l -> l.accept(keys));
      }
    }
    return n;
  }

  private void truncateLayer(String layerId, Consumer<TileKey> removed) {
    // Read the new definition before any tile is drawn again (it may be another node's change),
    // so no tile of the old definition is cached after the truncation.
    store.refreshCatalog();
    styles.refresh();
    tilesets.refresh();
    Set<String> ids =
        new java.util.TreeSet<>(
            Set.of(layerId, Tilesets.BASEMAP, Tilesets.BASEMAP_LABELS, Tilesets.BASEMAP_IMAGERY));
    cache.truncate(TileSelector.everything(ids, Optional.empty()), removed);
  }

  /** A style of a layer was changed or removed: truncate that style's tiles everywhere. */
  public void styleChanged(String layerId, String styleName) {
    // Tiles drawn from here on must see the layer's new default style, not a cached definition.
    tilesets.refresh();
    Optional<LayerDefinition> layer = store.layer(layerId);
    Set<String> names = new java.util.TreeSet<>();
    names.add(styleName);
    if (layer.isPresent() && StyleLookup.isDefault(layer.get(), styleName)) {
      names.add(TileKey.DEFAULT_STYLE);
      names.add(layer.get().defaultStyle());
    }
    Set<String> ids = new java.util.TreeSet<>();
    tilesets.containing(layerId).forEach(t -> ids.add(t.id()));
    ids.add(layerId);
    for (String name : names) {
      cache.truncate(TileSelector.everything(ids, Optional.of(name)));
    }
  }

  /**
   * A layer's definition changed on this node (access level, an attribute's read role, its
   * attributes): every cached tile of it goes now, before the change log is polled, so no tile of
   * the old definition (e.g. a vector tile with a now restricted attribute) is served meanwhile.
   */
  public void layerChanged(String layerId) {
    truncateLayer(layerId, k -> {});
  }

  void apply(StoreChange c, Consumer<TileKey> removed) {
    Optional<LayerDefinition> layer = store.layer(c.layerId());
    if (c.kind() == StoreChange.Kind.LAYER || layer.isEmpty()) {
      truncateLayer(c.layerId(), removed);
      return;
    }
    for (TileSelector s : selectors(layer.get(), c)) {
      cache.truncate(s, removed);
    }
  }

  /** The selectors of one feature or batch change: one per tileset and cached style. */
  List<TileSelector> selectors(LayerDefinition layer, StoreChange c) {
    List<Envelope> envs = new ArrayList<>();
    c.oldEnvelope().ifPresent(envs::add);
    c.newEnvelope().ifPresent(envs::add);
    Optional<java.time.Instant> from =
        layer.versioned() ? Optional.of(c.validFrom()) : Optional.empty();
    List<TileSelector> out = new ArrayList<>();
    for (Tileset tileset : tilesets.containing(layer.id())) {
      for (String styleName : cache.cachedStyles(tileset.id())) {
        Optional<UserStyle> style = drawnStyle(tileset, layer, styleName);
        if (style.isEmpty()) {
          continue;
        }
        LayerRender lr = LayerRender.of(layer, style.get());
        Map<String, Map<String, List<TileRange>>> ranges = new LinkedHashMap<>();
        for (TileMatrixSet set : sets.all()) {
          List<Envelope> inSet = new ArrayList<>();
          for (Envelope e : envs) {
            toSet(e, set.crs()).ifPresent(inSet::add);
          }
          Map<String, List<TileRange>> levels = new LinkedHashMap<>();
          for (TileMatrix m : set.matrices()) {
            double scale =
                ScaleDenominator.of(
                    new Envelope(0, m.tileSpanX(), 0, m.tileSpanY()), m.tileWidth(), set.crs());
            SymbolReach reach = SymbolReach.of(lr, scale);
            if (!reach.draws()) {
              continue;
            }
            double px = reach.marginPx() + 1;
            if (reach.labels()) {
              px = Math.max(px, render.labelBuffer() + 1);
            }
            List<TileRange> blocks = new ArrayList<>();
            for (Envelope e : inSet) {
              Envelope grown = new Envelope(e);
              grown.expandBy(px * m.cellSize());
              TileRange r = m.tilesCovering(grown);
              if (r.isEmpty()) {
                continue;
              }
              blocks.add(reach.labels() ? metatiles(m, r) : r);
            }
            if (!blocks.isEmpty()) {
              levels.put(m.identifier(), blocks);
            }
          }
          if (!levels.isEmpty()) {
            ranges.put(set.id(), levels);
          }
        }
        if (!ranges.isEmpty()) {
          out.add(new TileSelector(Set.of(tileset.id()), Optional.of(styleName), ranges, from));
        }
      }
    }
    return out;
  }

  /** The block rounded out to whole metatiles. */
  private TileRange metatiles(TileMatrix m, TileRange r) {
    TileRange a = m.metatile(r.minRow(), r.minCol(), render.metatile());
    TileRange b = m.metatile(r.maxRow(), r.maxCol(), render.metatile());
    return new TileRange(a.minRow(), b.maxRow(), a.minCol(), b.maxCol());
  }

  /** What a tileset draws of the layer in that style, as the producer resolves it. */
  private Optional<UserStyle> drawnStyle(Tileset tileset, LayerDefinition layer, String name) {
    Optional<UserStyle> style = styles.style(layer, name);
    if (style.isEmpty() && tileset.kind() != Tileset.Kind.LAYER) {
      style = styles.style(layer, TileKey.DEFAULT_STYLE);
    }
    return style.flatMap(
        s ->
            switch (tileset.kind()) {
              case LAYER -> Optional.of(s);
              case BASEMAP -> cn.onemap.tiles.tile.StyleSplit.withoutLabels(s);
              case IMAGERY ->
                  cn.onemap.tiles.tile.StyleSplit.withoutLabels(
                      cn.onemap.tiles.tile.ImageryStyle.of(s));
              case LABELS -> cn.onemap.tiles.tile.StyleSplit.labelsOnly(s);
            });
  }

  /** An envelope of CGCS2000 in a set's CRS (corners and edge midpoints), empty outside it. */
  static Optional<Envelope> toSet(Envelope e, String crs) {
    if (crs.equals(RenderRequest.DEFAULT_CRS) || crs.equals("EPSG:4326")) {
      return Optional.of(e); // CGCS2000 and WGS 84 agree to well under a pixel at level 20
    }
    try {
      var t = Transforms.get(RenderRequest.DEFAULT_CRS, crs);
      Envelope out = new Envelope();
      double[] xs = {e.getMinX(), (e.getMinX() + e.getMaxX()) / 2, e.getMaxX()};
      double[] ys = {e.getMinY(), (e.getMinY() + e.getMaxY()) / 2, e.getMaxY()};
      for (double x : xs) {
        for (double y : ys) {
          double[] p = t.transform(x, y);
          out.expandToInclude(p[0], p[1]);
        }
      }
      return Optional.of(out);
    } catch (RuntimeException ex) {
      return Optional.empty(); // outside the CRS's domain: no tile of that set shows it
    }
  }

  private Path statePath() {
    return cache.root().resolve(STATE_FILE);
  }

  private Map<String, Long> readState() {
    Path p = statePath();
    Map<String, Long> out = new HashMap<>();
    if (!Files.exists(p)) {
      return out;
    }
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(p)) {
      props.load(r);
      props.forEach((k, v) -> out.put((String) k, Long.parseLong((String) v)));
    } catch (IOException | NumberFormatException e) {
      out.clear(); // unreadable: treated as no record
    }
    return out;
  }

  private void writeState() {
    Properties props = new Properties();
    seen.forEach((k, v) -> props.setProperty(k, Long.toString(v)));
    Path tmp = statePath().resolveSibling(STATE_FILE + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp)) {
        props.store(w, "last change-log version applied per layer");
      }
      Files.move(
          tmp, statePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // next start then truncates what it cannot vouch for
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
