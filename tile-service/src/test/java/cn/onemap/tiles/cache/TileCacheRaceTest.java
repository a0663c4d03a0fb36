package cn.onemap.tiles.cache;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers that promote disk hits to memory race with truncations: once {@code truncate} has
 * returned, no read that starts afterwards may see the truncated tile (the stale tile
 * bench/tiles.sh (e) once saw, fixed by raising the generation twice and sweeping memory after the
 * files).
 */
class TileCacheRaceTest {
  private static final TileKey KEY =
      new TileKey("buildings", "default", "c", "18", 1, 2, TileFormat.PNG, Optional.empty());

  @Test
  void noReadAfterATruncationSeesTheTruncatedTile(@TempDir Path dir) throws Exception {
    var cache = new TileCache(dir, 1 << 20, 1 << 24);
    TileSelector selector = TileSelector.everything(Set.of("buildings"), Optional.empty());
    AtomicLong truncatedVersion = new AtomicLong(-1); // the version no later read may see
    AtomicBoolean stop = new AtomicBoolean();
    var stale = new ConcurrentLinkedQueue<String>();
    AtomicLong reads = new AtomicLong();
    int readers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    var started = new CountDownLatch(readers);
    for (int r = 0; r < readers; r++) {
      pool.execute(
          () -> {
            started.countDown();
            while (!stop.get()) {
              long gone = truncatedVersion.get();
              Optional<Tile> got = cache.get(KEY);
              reads.incrementAndGet();
              if (got.isPresent()) {
                long version =
                    Long.parseLong(new String(got.get().bytes(), StandardCharsets.UTF_8));
                if (version <= gone) {
                  stale.add(
                      "read version " + version + " after version " + gone + " was truncated");
                }
              }
            }
          });
    }
    started.await();
    for (long version = 0; version < 1_000; version++) {
      Tile tile = Tile.of(Long.toString(version).getBytes(StandardCharsets.UTF_8), TileFormat.PNG);
      assertThat(cache.putAll(Map.of(KEY, tile), cache.generation())).isTrue();
      // Only memory goes: readers now read the file and promote it, the path of the race.
      cache.clearMemory();
      Thread.onSpinWait();
      cache.truncate(selector);
      truncatedVersion.set(version);
      assertThat(cache.get(KEY)).as("after truncating version " + version).isEmpty();
    }
    stop.set(true);
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(reads.get()).isGreaterThan(1_000);
    assertThat(stale).isEmpty();
  }
}
