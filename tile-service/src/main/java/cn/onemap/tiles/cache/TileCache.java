package cn.onemap.tiles.cache;

import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The tile cache: memory (Caffeine, bounded by bytes) in front of disk ({@link DiskTiles}: a
 * restart-proof layout with atomic writes, checksums and an LRU size limit). Keys never name the
 * caller: the protocol layer checks access before it asks, so every caller allowed to read a
 * tileset shares its tiles.
 *
 * <p>Never stale: {@link #truncate} first raises the generation and records the selector, then
 * deletes. A producer reads {@link #generation()} before it renders and stores with {@link
 * #putAll}, which refuses the tiles when a truncation recorded since that generation matches any of
 * them (the render may have read the data before the edit). The check and the store hold a shared
 * lock that the generation raise takes exclusively, so no put slips between the raise and the
 * deletion.
 */
public final class TileCache {
  /** Truncations remembered for the generation check; older renders are refused outright. */
  static final int HISTORY = 4096;

  private final Cache<TileKey, Tile> memory;
  private final DiskTiles disk;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Deque<Long> historyGen = new ArrayDeque<>();
  private final Deque<TileSelector> history = new ArrayDeque<>();
  private long generation;

  private final AtomicLong memoryHits = new AtomicLong();
  private final AtomicLong diskHits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong truncated = new AtomicLong();

  /**
   * @param root the disk cache directory (created; an existing one is indexed and reused)
   * @param memoryBytes memory budget (tile bytes plus a small per-entry overhead)
   * @param diskBytes disk budget
   */
  public TileCache(Path root, long memoryBytes, long diskBytes) {
    Objects.requireNonNull(root, "root");
    if (memoryBytes < 0 || diskBytes < 0) {
      throw new IllegalArgumentException("cache sizes must not be negative");
    }
    this.memory =
        Caffeine.newBuilder()
            .maximumWeight(memoryBytes)
            .weigher((TileKey k, Tile t) -> t.size() + 200)
            .build();
    this.disk = new DiskTiles(root, diskBytes);
  }

  public Path root() {
    return disk.root();
  }

  /** Every cached file's key on disk, for seeding reports and exports of what is cached. */
  public void forEachOnDisk(java.util.function.Consumer<TileKey> each) {
    disk.walk(disk.root(), f -> disk.keyOf(f).ifPresent(each));
  }

  /** The cached tile, from memory or disk; a corrupt file is deleted and reported as a miss. */
  public Optional<Tile> get(TileKey key) {
    Tile t = memory.getIfPresent(key);
    if (t != null) {
      memoryHits.incrementAndGet();
      return Optional.of(t);
    }
    long before = generation();
    Optional<byte[]> bytes = disk.read(key);
    if (bytes.isPresent()) {
      Tile tile = Tile.of(bytes.get(), key.format());
      // Promote to memory only if no truncation started since the read: one that did may have
      // swept memory already, and would never see this entry.
      lock.readLock().lock();
      try {
        if (generation == before) {
          memory.put(key, tile);
        }
      } finally {
        lock.readLock().unlock();
      }
      diskHits.incrementAndGet();
      return Optional.of(tile);
    }
    misses.incrementAndGet();
    return Optional.empty();
  }

  /** Whether the tile is cached (memory or a disk file), without loading or verifying it. */
  public boolean contains(TileKey key) {
    return memory.getIfPresent(key) != null
        || disk.path(key).map(java.nio.file.Files::exists).orElse(false);
  }

  /** The generation a producer reads before it starts rendering. */
  public long generation() {
    lock.readLock().lock();
    try {
      return generation;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Stores tiles rendered from data read after {@code since} was read, unless a truncation since
   * then matches one of them (then none is stored). Returns whether they were stored.
   */
  public boolean putAll(Map<TileKey, Tile> tiles, long since) {
    lock.readLock().lock();
    try {
      if (since != generation && !clean(tiles, since)) {
        refused.addAndGet(tiles.size());
        return false;
      }
      tiles.forEach(
          (k, t) -> {
            disk.write(k, t.bytes());
            memory.put(k, t);
          });
      return true;
    } finally {
      lock.readLock().unlock();
    }
  }

  private boolean clean(Map<TileKey, Tile> tiles, long since) {
    synchronized (history) {
      if (historyGen.isEmpty() || historyGen.peekFirst() > since + 1) {
        return false; // the truncations since then are forgotten: assume the worst
      }
      var gens = historyGen.iterator();
      for (TileSelector sel : history) {
        long g = gens.next();
        if (g > since) {
          for (TileKey k : tiles.keySet()) {
            if (sel.matches(k)) {
              return false;
            }
          }
        }
      }
      return true;
    }
  }

  /** Removes the matching tiles from memory and disk; returns how many files were deleted. */
  public long truncate(TileSelector selector) {
    return truncate(selector, k -> {});
  }

  /** The styles cached (memory or disk) of a tileset. */
  public java.util.Set<String> cachedStyles(String tileset) {
    java.util.Set<String> out = new java.util.TreeSet<>(disk.styles(tileset));
    for (TileKey k : memory.asMap().keySet()) {
      if (k.tileset().equals(tileset)) {
        out.add(k.style());
      }
    }
    return out;
  }

  /**
   * Removes the matching tiles from memory and disk, telling {@code removed} the key of each one
   * that was cached (a key may be told twice: memory and disk); returns how many files were
   * deleted.
   */
  public long truncate(TileSelector selector, java.util.function.Consumer<TileKey> removed) {
    raiseGeneration(selector);
    memory
        .asMap()
        .keySet()
        .removeIf(
            k -> {
              if (selector.matches(k)) {
                removed.accept(k);
                return true;
              }
              return false;
            });
    long n = disk.truncate(selector, removed);
    // A reader that took the generation after the first raise and read a file before its deletion
    // holds the old tile and may promote it to memory: the second raise makes its check fail, and
    // the second sweep removes a promotion that got in before the raise.
    raiseGeneration(selector);
    memory.asMap().keySet().removeIf(selector::matches);
    truncated.addAndGet(n);
    return n;
  }

  private void raiseGeneration(TileSelector selector) {
    lock.writeLock().lock();
    try {
      generation++;
      synchronized (history) {
        history.addLast(selector);
        historyGen.addLast(generation);
        while (history.size() > HISTORY) {
          history.removeFirst();
          historyGen.removeFirst();
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Counters and sizes. */
  public CacheStats stats() {
    return new CacheStats(
        memory.estimatedSize(),
        memory.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L),
        disk.files(),
        disk.bytes(),
        memoryHits.get(),
        diskHits.get(),
        misses.get(),
        refused.get(),
        truncated.get(),
        disk.corrupt(),
        disk.evicted());
  }

  /** Drops the memory half (tests, and a node told to re-read the shared disk). */
  public void clearMemory() {
    memory.invalidateAll();
  }
}
