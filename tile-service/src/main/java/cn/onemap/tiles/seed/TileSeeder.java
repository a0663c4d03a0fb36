package cn.onemap.tiles.seed;

import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.cache.TileCache;
import cn.onemap.tiles.cache.TileSelector;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;

/**
 * Seeds and truncates the cache over an area and a range of levels, as plain-Java jobs with
 * progress, cancellation and a report. Seeding renders one metatile per task on {@code threads}
 * threads and skips metatiles already wholly cached (unless forced); truncation removes the tiles
 * of the area's metatiles at each level. {@link #reseedInBackground} re-renders tiles that the
 * invalidator truncated after an edit, so the next request finds them fresh.
 */
public final class TileSeeder implements AutoCloseable {
  private final CachedTiles tiles;
  private final TileMatrixSets sets;
  private final int metatile;
  private final int threads;
  private final ThreadPoolExecutor background;

  public TileSeeder(CachedTiles tiles, TileMatrixSets sets, int metatile, int threads) {
    this.tiles = tiles;
    this.sets = sets;
    this.metatile = metatile;
    this.threads = Math.max(1, threads);
    this.background =
        new ThreadPoolExecutor(
            1,
            1,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(100_000),
            r -> {
              Thread t = new Thread(r, "tile-reseed");
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY);
              return t;
            },
            new ThreadPoolExecutor.DiscardPolicy()); // a full queue drops re-seeds, not requests
  }

  /** Fills the cache; metatiles wholly cached are skipped unless {@code force}. */
  public JobReport seed(
      TileJob job, boolean force, Consumer<JobProgress> progress, BooleanSupplier cancelled) {
    long started = System.nanoTime();
    TileMatrixSet set = job.set(sets);
    List<TileMatrix> levels = job.levels(sets);
    checkSize(job, set, levels);
    Geometry area = job.area().in(set);
    List<TileKey> metas = new ArrayList<>();
    for (TileMatrix m : levels) {
      job.area()
          .metatiles(
              m,
              area,
              metatile,
              block -> {
                for (String tileset : job.tilesets()) {
                  for (TileFormat f : job.formats()) {
                    metas.add(
                        new TileKey(
                            tileset,
                            job.style(),
                            set.id(),
                            m.identifier(),
                            block.minRow(),
                            block.minCol(),
                            f,
                            job.time()));
                  }
                }
              });
    }
    Counters c = new Counters(metas.size());
    List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "tile-seed");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (TileKey k : metas) {
        futures.add(
            pool.submit(
                () -> {
                  if (cancelled.getAsBoolean()) {
                    return;
                  }
                  try {
                    TileRange block = tiles.producer().metatile(k);
                    if (!force && allCached(k, block)) {
                      c.skipped.addAndGet(block.count());
                    } else {
                      var made = tiles.produce(k);
                      c.rendered.addAndGet(made.size());
                      made.values().forEach(t -> c.bytes.addAndGet(t.size()));
                    }
                  } catch (RuntimeException e) {
                    c.failed.incrementAndGet();
                    if (errors.size() < 20) {
                      errors.add(k + ": " + e.getMessage());
                    }
                  }
                  c.done.incrementAndGet();
                  progress.accept(c.snapshot());
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (Exception e) {
          throw new IllegalStateException("seeding task failed: " + e.getMessage(), e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new JobReport(c.snapshot(), seconds(started), cancelled.getAsBoolean(), errors);
  }

  private boolean allCached(TileKey k, TileRange block) {
    TileCache cache = tiles.cache();
    for (long r = block.minRow(); r <= block.maxRow(); r++) {
      for (long col = block.minCol(); col <= block.maxCol(); col++) {
        if (!cache.contains(k.at(r, col))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Removes the job's tiles (every format, the job's style; every TIME when the job has none). */
  public JobReport truncate(
      TileJob job, Consumer<JobProgress> progress, BooleanSupplier cancelled) {
    long started = System.nanoTime();
    TileMatrixSet set = job.set(sets);
    List<TileMatrix> levels = job.levels(sets);
    Geometry area = job.area().in(set);
    Counters c = new Counters(levels.size());
    for (TileMatrix m : levels) {
      if (cancelled.getAsBoolean()) {
        break;
      }
      List<TileRange> blocks = new ArrayList<>();
      if (area.isRectangle()) {
        TileRange r = m.tilesCovering(area.getEnvelopeInternal());
        if (!r.isEmpty()) {
          blocks.add(r);
        }
      } else {
        job.area().metatiles(m, area, 16, blocks::add);
      }
      if (!blocks.isEmpty()) {
        long n =
            tiles
                .cache()
                .truncate(
                    new TileSelector(
                        Set.copyOf(job.tilesets()),
                        Optional.of(job.style()),
                        Map.of(set.id(), Map.of(m.identifier(), blocks)),
                        job.time()));
        c.rendered.addAndGet(n);
      }
      c.done.incrementAndGet();
      progress.accept(c.snapshot());
    }
    return new JobReport(c.snapshot(), seconds(started), cancelled.getAsBoolean(), List.of());
  }

  /**
   * Re-renders, at low priority on one background thread, the metatiles of tiles an edit truncated
   * (the invalidator's listener); at most {@code max} metatiles per call, the rest are left for
   * requests to render.
   */
  public void reseedInBackground(List<TileKey> truncated, int max) {
    Map<TileKey, TileKey> metas = new LinkedHashMap<>();
    for (TileKey k : truncated) {
      try {
        TileRange b = tiles.producer().metatile(k);
        metas.putIfAbsent(k.at(b.minRow(), b.minCol()), k);
      } catch (RuntimeException e) {
        // a tileset or level gone since: nothing to re-seed
      }
      if (metas.size() >= max) {
        break;
      }
    }
    for (TileKey k : new LinkedHashSet<>(metas.values())) {
      background.execute(
          () -> {
            try {
              if (!tiles.cache().contains(k)) {
                tiles.produce(k);
              }
            } catch (RuntimeException e) {
              // the next request renders it and reports the failure itself
            }
          });
    }
  }

  /** Re-seeds queued but not yet run (for tests and status pages). */
  public int reseedQueued() {
    return background.getQueue().size() + background.getActiveCount();
  }

  private static void checkSize(TileJob job, TileMatrixSet set, List<TileMatrix> levels) {
    long n = job.area().estimate(set, levels) * job.tilesets().size() * job.formats().size();
    if (n > TileArea.MAX_TILES) {
      throw new IllegalArgumentException(
          "the job covers about "
              + n
              + " tiles, more than "
              + TileArea.MAX_TILES
              + "; narrow the area or the levels");
    }
  }

  static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  static final class Counters {
    final long total;
    final AtomicLong done = new AtomicLong();
    final AtomicLong rendered = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    Counters(long total) {
      this.total = total;
    }

    JobProgress snapshot() {
      return new JobProgress(
          total, done.get(), rendered.get(), skipped.get(), failed.get(), bytes.get());
    }
  }

  @Override
  public void close() {
    background.shutdownNow();
  }
}
