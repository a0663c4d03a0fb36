package cn.onemap.tiles.seed;

import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.pack.PackageInfo;
import cn.onemap.tiles.pack.TilePackage;
import cn.onemap.tiles.pack.TilePackages;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;

/**
 * Exports one tileset of a job (its first tileset and format) over the area and levels as an
 * offline package, taking the tiles from a tile source (the cache, so exported tiles are cached
 * too). Tiles are written in PMTiles tile-id order (a clustered archive). A cancelled or failed
 * export leaves no package.
 */
public final class TileExporter {
  /** An offline package holds at most this many tiles. */
  public static final long MAX_TILES = 2_000_000;

  private final TileSource source;
  private final Tilesets tilesets;
  private final TileMatrixSets sets;

  public TileExporter(TileSource source, Tilesets tilesets, TileMatrixSets sets) {
    this.source = source;
    this.tilesets = tilesets;
    this.sets = sets;
  }

  private record Item(long id, int z, TileMatrix matrix, long row, long col) {}

  public JobReport export(
      TileJob job,
      TilePackages.Kind kind,
      Path target,
      Consumer<JobProgress> progress,
      BooleanSupplier cancelled) {
    long started = System.nanoTime();
    String tilesetId = job.tilesets().get(0);
    Tileset tileset =
        tilesets
            .find(tilesetId)
            .orElseThrow(() -> new IllegalArgumentException("unknown tileset '" + tilesetId + "'"));
    TileFormat format = job.formats().get(0);
    TileMatrixSet set = job.set(sets);
    List<TileMatrix> levels = job.levels(sets);
    long estimate = job.area().estimate(set, levels);
    if (estimate > MAX_TILES) {
      throw new IllegalArgumentException(
          "the package would hold about " + estimate + " tiles, more than " + MAX_TILES);
    }
    Geometry area = job.area().in(set);
    List<Item> items = new ArrayList<>();
    for (TileMatrix m : levels) {
      int z = TilePackages.quadtreeZoom(m);
      for (long[] rc : job.area().tiles(m, area)) {
        items.add(new Item(pmId(z, rc[1], rc[0]), z, m, rc[0], rc[1]));
      }
    }
    items.sort(Comparator.comparingLong(Item::id));
    PackageInfo info =
        new PackageInfo(
            tileset.id(),
            tileset.title(),
            format,
            set.id(),
            job.area().geometry().getEnvelopeInternal(),
            TilePackages.quadtreeZoom(levels.get(0)),
            TilePackages.quadtreeZoom(levels.get(levels.size() - 1)),
            tileset.layers().stream().map(l -> l.id()).toList());
    TileSeeder.Counters c = new TileSeeder.Counters(items.size());
    List<String> errors = new ArrayList<>();
    boolean complete = false;
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      TilePackage pkg = TilePackages.open(kind, target, info);
      try {
        for (Item it : items) {
          if (cancelled.getAsBoolean()) {
            break;
          }
          Tile t =
              source.tile(
                  new TileKey(
                      tileset.id(),
                      job.style(),
                      set.id(),
                      it.matrix().identifier(),
                      it.row(),
                      it.col(),
                      format,
                      job.time()));
          pkg.add(it.z(), it.col(), it.row(), t.bytes());
          c.rendered.incrementAndGet();
          c.bytes.addAndGet(t.size());
          c.done.incrementAndGet();
          if (c.done.get() % 64 == 0) {
            progress.accept(c.snapshot());
          }
        }
        complete = !cancelled.getAsBoolean();
      } finally {
        if (complete) {
          pkg.close();
        } else {
          try {
            pkg.close();
          } finally {
            Files.deleteIfExists(target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("export to " + target + " failed: " + e.getMessage(), e);
    }
    progress.accept(c.snapshot());
    return new JobReport(c.snapshot(), TileSeeder.seconds(started), !complete, errors);
  }

  private static long pmId(int z, long x, long y) {
    return cn.onemap.tiles.pack.PmTilesIds.tileId(z, x, y);
  }
}
