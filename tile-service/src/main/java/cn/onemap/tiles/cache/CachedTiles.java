package cn.onemap.tiles.cache;

import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.MetatileSource;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileSource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tile source answering from the {@link TileCache} and producing misses with its producer, one
 * metatile at a time: concurrent requests for tiles of the same metatile wait for the one render,
 * and every tile of it is stored. A producer that is not a {@link MetatileSource} (vector tiles)
 * produces one tile at a time the same way.
 */
public final class CachedTiles implements TileSource {
  private final MetatileSource producer;
  private final TileCache cache;
  private final Map<TileKey, CompletableFuture<Map<TileKey, Tile>>> inFlight =
      new ConcurrentHashMap<>();

  public CachedTiles(TileSource producer, TileCache cache) {
    Objects.requireNonNull(producer, "producer");
    this.producer = producer instanceof MetatileSource m ? m : new SingleTiles(producer);
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  public TileCache cache() {
    return cache;
  }

  public MetatileSource producer() {
    return producer;
  }

  @Override
  public Tile tile(TileKey key) {
    var hit = cache.get(key);
    if (hit.isPresent()) {
      return hit.get();
    }
    return produce(key).get(key);
  }

  /**
   * Renders the key's metatile (or waits for a render already running) and stores it; returns all
   * its tiles. Used by misses and by the seeder.
   */
  public Map<TileKey, Tile> produce(TileKey key) {
    TileRange block = producer.metatile(key); // validates the key before anything waits on it
    TileKey metaKey = key.at(block.minRow(), block.minCol());
    CompletableFuture<Map<TileKey, Tile>> mine = new CompletableFuture<>();
    CompletableFuture<Map<TileKey, Tile>> running = inFlight.putIfAbsent(metaKey, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      long generation = cache.generation();
      Map<TileKey, Tile> tiles = producer.renderMetatile(key);
      cache.putAll(tiles, generation);
      mine.complete(tiles);
      return tiles;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(metaKey, mine);
    }
  }

  /** A one-tile "metatile" around a plain producer. */
  private record SingleTiles(TileSource source) implements MetatileSource {
    @Override
    public TileRange metatile(TileKey key) {
      return new TileRange(key.row(), key.row(), key.col(), key.col());
    }

    @Override
    public Map<TileKey, Tile> renderMetatile(TileKey key) {
      return Map.of(key, source.tile(key));
    }

    @Override
    public Tile tile(TileKey key) {
      return source.tile(key);
    }
  }
}
