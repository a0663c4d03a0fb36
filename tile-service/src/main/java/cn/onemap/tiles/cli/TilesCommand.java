package cn.onemap.tiles.cli;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.StoreAddress;
import cn.onemap.tiles.cache.CacheStats;
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.cache.TileCache;
import cn.onemap.tiles.cache.TileInvalidator;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.pack.PmTilesReader;
import cn.onemap.tiles.pack.TilePackages;
import cn.onemap.tiles.seed.JobProgress;
import cn.onemap.tiles.seed.JobReport;
import cn.onemap.tiles.seed.TileArea;
import cn.onemap.tiles.seed.TileExporter;
import cn.onemap.tiles.seed.TileJob;
import cn.onemap.tiles.seed.TileSeeder;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.Tilesets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code onemap-tiles}: seed, truncate and export the tile cache against a store and a cache
 * directory (the same directory the portal uses, so seeding ahead of a release fills the portal's
 * cache), and print cache or package statistics. Exit code 0 on success, 1 when tiles failed, 2 for
 * bad arguments. Ctrl-C cancels a running job cleanly.
 */
@Command(
    name = "onemap-tiles",
    mixinStandardHelpOptions = true,
    description = "Seed, truncate and export One Map tiles; show cache statistics.",
    subcommands = {
      TilesCommand.Seed.class,
      TilesCommand.Truncate.class,
      TilesCommand.Export.class,
      TilesCommand.Stats.class
    })
public final class TilesCommand implements Callable<Integer> {
  static PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new TilesCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("onemap-tiles: " + e.getMessage());
              return e instanceof IllegalArgumentException ? 2 : 1;
            })
        .execute(args);
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, out);
    return 2;
  }

  /** Where the store and the cache are. */
  static final class Where {
    @Option(names = "--store", required = true, description = StoreAddress.SYNTAX)
    String store;

    @Option(
        names = "--user",
        defaultValue = "${env:ONEMAP_PG_USER:-postgres}",
        description = "PostGIS user")
    String user;

    @Option(
        names = "--password",
        defaultValue = "${env:ONEMAP_PG_PASSWORD:-}",
        description = "PostGIS password")
    String password;

    @Option(names = "--cache", required = true, description = "tile cache directory")
    Path cache;

    @Option(names = "--disk-mb", defaultValue = "10240", description = "disk cache limit")
    long diskMb;

    @Option(names = "--metatile", defaultValue = "4", description = "tiles per metatile side")
    int metatile;
  }

  /** What a job covers. */
  static final class What {
    @Option(
        names = "--tileset",
        required = true,
        split = ",",
        description = "tilesets, e.g. basemap,roads")
    List<String> tilesets;

    @Option(names = "--style", defaultValue = "default")
    String style;

    @Option(
        names = "--tms",
        defaultValue = "c",
        description = "c, w, WorldCRS84Quad, WebMercatorQuad, MeizhouGK")
    String tms;

    @Option(names = "--from", required = true, description = "first level identifier")
    String from;

    @Option(names = "--to", required = true, description = "last level identifier")
    String to;

    @Option(names = "--bbox", description = "minLon,minLat,maxLon,maxLat (CGCS2000)")
    String bbox;

    @Option(names = "--wkt", description = "area polygon in CGCS2000 WKT")
    String wkt;

    @Option(names = "--grid", description = "unit grid code (单元网格代码)")
    String grid;

    @Option(names = "--grid-layer", defaultValue = "unit_grids")
    String gridLayer;

    @Option(names = "--format", defaultValue = "png", split = ",", description = "png, png8, jpg")
    List<String> formats;

    @Option(names = "--time", description = "as of this instant (ISO 8601)")
    String time;

    TileJob job(FeatureStore store) {
      int given = (bbox != null ? 1 : 0) + (wkt != null ? 1 : 0) + (grid != null ? 1 : 0);
      if (given != 1) {
        throw new IllegalArgumentException("give exactly one of --bbox, --wkt, --grid");
      }
      TileArea area;
      if (bbox != null) {
        String[] p = bbox.split(",");
        if (p.length != 4) {
          throw new IllegalArgumentException("--bbox is minLon,minLat,maxLon,maxLat");
        }
        area =
            TileArea.bbox(
                new Envelope(
                    Double.parseDouble(p[0].strip()),
                    Double.parseDouble(p[2].strip()),
                    Double.parseDouble(p[1].strip()),
                    Double.parseDouble(p[3].strip())));
      } else if (wkt != null) {
        area = TileArea.wkt(wkt);
      } else {
        area = TileArea.unitGrid(store, gridLayer, grid);
      }
      List<TileFormat> fs =
          formats.stream()
              .map(
                  f ->
                      TileFormat.parse(f)
                          .orElseThrow(() -> new IllegalArgumentException("unknown format " + f)))
              .toList();
      return new TileJob(
          tilesets, style, tms, from, to, area, fs, Optional.ofNullable(time).map(Instant::parse));
    }
  }

  /** The store, the cache and what works on them, opened for one command. */
  static final class Context implements AutoCloseable {
    final FeatureStore store;
    final Tilesets tilesets;
    final RasterTiles raster;
    final TileCache cache;
    final CachedTiles tiles;
    final TileInvalidator invalidator;

    Context(Where w) {
      store = StoreAddress.parse(w.store).open(w.user, w.password, 4, Clock.systemUTC());
      tilesets = new Tilesets(store);
      raster =
          new RasterTiles(
              store,
              tilesets,
              StyleLookup.defaults(),
              TileMatrixSets.standard(),
              RasterTiles.Settings.DEFAULT.withMetatile(w.metatile));
      cache = new TileCache(w.cache, 64L << 20, w.diskMb << 20);
      tiles = new CachedTiles(raster, cache);
      // brings the cache up to date with edits made since the portal last saw it
      invalidator =
          new TileInvalidator(
              store,
              tilesets,
              cache,
              StyleLookup.defaults(),
              TileMatrixSets.standard(),
              raster.settings());
      invalidator.poll();
    }

    @Override
    public void close() {
      invalidator.close();
      store.close();
    }
  }

  static AtomicBoolean cancelOnInterrupt() {
    AtomicBoolean cancelled = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> cancelled.set(true)));
    return cancelled;
  }

  static void progress(JobProgress p) {
    if (p.done() % 50 == 0 || p.done() == p.total()) {
      out.printf(
          "  %d/%d  rendered %d  skipped %d  failed %d%n",
          p.done(), p.total(), p.rendered(), p.skipped(), p.failed());
    }
  }

  static int report(String what, JobReport r) {
    JobProgress p = r.progress();
    out.printf(
        "%s: %d tiles rendered, %d skipped, %d failed, %d bytes, %.1f s (%.0f tiles/s)%s%n",
        what,
        p.rendered(),
        p.skipped(),
        p.failed(),
        p.bytes(),
        r.seconds(),
        r.tilesPerSecond(),
        r.cancelled() ? ", CANCELLED" : "");
    r.errors().forEach(e -> out.println("  error: " + e));
    return p.failed() > 0 || r.cancelled() ? 1 : 0;
  }

  @Command(name = "seed", description = "render the tiles of an area and levels into the cache")
  static final class Seed implements Callable<Integer> {
    @Mixin Where where;
    @Mixin What what;

    @Option(names = "--force", description = "re-render tiles already cached")
    boolean force;

    @Option(names = "--threads", defaultValue = "2")
    int threads;

    @Override
    public Integer call() {
      try (Context c = new Context(where);
          TileSeeder seeder =
              new TileSeeder(c.tiles, TileMatrixSets.standard(), where.metatile, threads)) {
        AtomicBoolean cancel = cancelOnInterrupt();
        return report(
            "seed", seeder.seed(what.job(c.store), force, TilesCommand::progress, cancel::get));
      }
    }
  }

  @Command(name = "truncate", description = "remove the cached tiles of an area and levels")
  static final class Truncate implements Callable<Integer> {
    @Mixin Where where;
    @Mixin What what;

    @Override
    public Integer call() {
      try (Context c = new Context(where);
          TileSeeder seeder =
              new TileSeeder(c.tiles, TileMatrixSets.standard(), where.metatile, 1)) {
        JobReport r = seeder.truncate(what.job(c.store), p -> {}, () -> false);
        out.printf("truncate: %d tiles removed%n", r.progress().rendered());
        return 0;
      }
    }
  }

  @Command(name = "export", description = "write an offline package (MBTiles or PMTiles)")
  static final class Export implements Callable<Integer> {
    @Mixin Where where;
    @Mixin What what;

    @Option(names = "--out", required = true, description = "the package file")
    Path target;

    @Option(names = "--package", defaultValue = "pmtiles", description = "mbtiles or pmtiles")
    String kind;

    @Override
    public Integer call() {
      try (Context c = new Context(where)) {
        AtomicBoolean cancel = cancelOnInterrupt();
        JobReport r =
            new TileExporter(c.tiles, c.tilesets, TileMatrixSets.standard())
                .export(
                    what.job(c.store),
                    TilePackages.Kind.parse(kind),
                    target,
                    TilesCommand::progress,
                    cancel::get);
        int code = report("export " + target, r);
        return code;
      }
    }
  }

  @Command(name = "stats", description = "cache statistics, or a package's with --package")
  static final class Stats implements Callable<Integer> {
    @Option(names = "--cache", description = "tile cache directory")
    Path cache;

    @Option(names = "--package", description = "a PMTiles file")
    Path pkg;

    @Override
    public Integer call() throws Exception {
      if (pkg != null) {
        try (PmTilesReader r = new PmTilesReader(pkg)) {
          out.printf(
              "%s: %d tiles (%d distinct), zoom %d-%d, clustered %s%n%s%n",
              pkg,
              r.addressedTiles(),
              r.tileContents(),
              r.minZoom(),
              r.maxZoom(),
              r.clustered(),
              r.metadata());
        }
        return 0;
      }
      if (cache == null) {
        throw new IllegalArgumentException("give --cache or --package");
      }
      CacheStats s = new TileCache(cache, 0, Long.MAX_VALUE).stats();
      out.printf("%s: %d tiles, %d bytes on disk%n", cache, s.diskTiles(), s.diskBytes());
      return 0;
    }
  }
}
