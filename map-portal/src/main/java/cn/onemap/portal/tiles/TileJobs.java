package cn.onemap.portal.tiles;

import cn.onemap.core.GisException;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.wms.TimeParam;
import cn.onemap.portal.jobs.Jobs;
import cn.onemap.portal.security.Caller;
import cn.onemap.tiles.cache.CacheStats;
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.pack.TilePackages;
import cn.onemap.tiles.seed.JobReport;
import cn.onemap.tiles.seed.TileArea;
import cn.onemap.tiles.seed.TileExporter;
import cn.onemap.tiles.seed.TileJob;
import cn.onemap.tiles.seed.TileSeeder;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tilesets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Runs the tile administration jobs on the portal's job infrastructure (durable rows, progress,
 * cancel from any node): seeding and truncation of the tile cache through tile-service's {@link
 * TileSeeder}, offline packages (MBTiles, PMTiles) through {@link TileExporter}. Every request is
 * checked before a job is created (tilesets, set, levels, area, formats, size), so mistakes are a
 * 400 rather than a failed job.
 */
@Service
class TileJobs {
  static final String DEFAULT_GRID_LAYER = "unit_grids";

  private final Jobs jobs;
  private final FeatureStore store;
  private final Tilesets tilesets;
  private final TileSource tiles;
  private final ObjectProvider<CachedTiles> cached;
  private final ObjectProvider<TileSeeder> seeders;
  private volatile TileSeeder ownSeeder;
  private final TileMatrixSets sets = TileMatrixSets.standard();

  TileJobs(
      Jobs jobs,
      FeatureStore store,
      ObjectProvider<Tilesets> tilesets,
      ObjectProvider<TileSource> tiles,
      ObjectProvider<CachedTiles> cached,
      ObjectProvider<TileSeeder> seeders) {
    this.jobs = jobs;
    this.store = store;
    this.tilesets = tilesets.getIfUnique(() -> new Tilesets(store));
    this.cached = cached;
    this.seeders = seeders;
    CachedTiles cache = cached.getIfUnique();
    this.tiles =
        cache != null
            ? cache
            : tiles.getIfUnique(
                () ->
                    new cn.onemap.tiles.tile.RasterTiles(
                        store, this.tilesets, cn.onemap.tiles.tile.StyleLookup.defaults()));
    jobs.register(TileAdminJob.KIND, TileAdminJob.Detail.class, TileAdminJob::new);
  }

  /** The cache's counters, empty when the portal runs without a tile cache. */
  Optional<CacheStats> stats() {
    return Optional.ofNullable(cached.getIfUnique()).map(c -> c.cache().stats());
  }

  TileAdminJob submit(Caller caller, TileAdminJob.Action action, TileJobRequest request) {
    TileJob job = check(action, request);
    TileSeeder seeder = action == TileAdminJob.Action.EXPORT ? null : seeder();
    TilePackages.Kind kind =
        request.packageFormat() == null || request.packageFormat().isBlank()
            ? TilePackages.Kind.MBTILES
            : parseKind(request.packageFormat());
    String file =
        action == TileAdminJob.Action.EXPORT
            ? job.tilesets().get(0) + "-" + job.tileMatrixSet() + "." + kind.extension()
            : null;
    TileAdminJob admin =
        jobs.create(
            caller, (id, dir) -> new TileAdminJob(id, caller.name(), dir, action, request, file));
    try {
      jobs.start(
          admin,
          () -> {
            JobReport report =
                switch (action) {
                  case SEED ->
                      seeder.seed(
                          job,
                          Boolean.TRUE.equals(request.force()),
                          p -> admin.progress = p,
                          () -> admin.cancel().isCancelled());
                  case TRUNCATE ->
                      seeder.truncate(
                          job, p -> admin.progress = p, () -> admin.cancel().isCancelled());
                  case EXPORT -> {
                    Files.createDirectories(admin.directory());
                    yield new TileExporter(tiles, tilesets, sets)
                        .export(
                            job,
                            kind,
                            admin.packagePath(),
                            p -> admin.progress = p,
                            () -> admin.cancel().isCancelled());
                  }
                };
            admin.progress = report.progress();
            admin.report = TileAdminJob.Report.of(report);
            if (report.cancelled()) {
              throw new GisException("TILE_JOB_CANCELLED", "the job was cancelled");
            }
          });
    } catch (RuntimeException e) {
      jobs.forget(admin);
      throw e;
    }
    return admin;
  }

  Optional<TileAdminJob> find(String id, Caller caller) {
    return jobs.find(id, caller, TileAdminJob.class);
  }

  TileAdminJob cancel(TileAdminJob job) {
    return jobs.cancel(job);
  }

  /** The portal's seeder, or one over its cache; seeding needs the tile cache. */
  private TileSeeder seeder() {
    TileSeeder s = seeders.getIfUnique();
    if (s != null) {
      return s;
    }
    CachedTiles cache = cached.getIfUnique();
    if (cache == null) {
      throw new GisException(
          "TILE_CACHE_DISABLED",
          "the portal runs without a tile cache: nothing to seed or truncate");
    }
    synchronized (this) {
      if (ownSeeder == null) {
        ownSeeder = new TileSeeder(cache, sets, 4, 2);
      }
      return ownSeeder;
    }
  }

  private TileJob check(TileAdminJob.Action action, TileJobRequest r) {
    if (r.tilesets() == null || r.tilesets().isEmpty()) {
      throw new IllegalArgumentException("name at least one tileset in 'tilesets'");
    }
    if (action == TileAdminJob.Action.EXPORT && r.tilesets().size() != 1) {
      throw new IllegalArgumentException("an export packages exactly one tileset");
    }
    for (String id : r.tilesets()) {
      if (tilesets.find(id).isEmpty()) {
        throw new GisException(
            "LAYER_NOT_FOUND", "no tileset '" + id + "'", Map.of("tileset", id), null);
      }
    }
    if (r.tileMatrixSet() == null || sets.find(r.tileMatrixSet()).isEmpty()) {
      throw new IllegalArgumentException(
          "'tileMatrixSet' must be one of c, w, WorldCRS84Quad, WebMercatorQuad, MeizhouGK");
    }
    if (r.fromLevel() == null || r.fromLevel().isBlank()) {
      throw new IllegalArgumentException("'fromLevel' is required");
    }
    List<TileFormat> formats = new ArrayList<>();
    for (String f : r.formats() == null ? List.of("png") : r.formats()) {
      formats.add(
          TileFormat.parse(f)
              .orElseThrow(() -> new IllegalArgumentException("unknown tile format '" + f + "'")));
    }
    Optional<Instant> time;
    try {
      time = TimeParam.parse(Optional.ofNullable(r.time()).filter(t -> !t.isBlank()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'time' is not an ISO 8601 instant: " + r.time());
    }
    TileJob job =
        new TileJob(
            r.tilesets(),
            r.style(),
            r.tileMatrixSet(),
            r.fromLevel(),
            r.toLevel() == null || r.toLevel().isBlank() ? r.fromLevel() : r.toLevel(),
            area(r),
            formats,
            time);
    job.levels(sets); // unknown or reversed levels are a 400 now
    if (action == TileAdminJob.Action.EXPORT && r.packageFormat() != null) {
      parseKind(r.packageFormat());
    }
    return job;
  }

  private TileArea area(TileJobRequest r) {
    int given =
        (r.bbox() != null ? 1 : 0)
            + (r.wkt() != null && !r.wkt().isBlank() ? 1 : 0)
            + (r.unitGrid() != null && !r.unitGrid().isBlank() ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException("give exactly one of 'bbox', 'wkt' and 'unitGrid'");
    }
    if (r.bbox() != null) {
      List<Double> b = r.bbox();
      if (b.size() != 4
          || b.stream().anyMatch(v -> v == null || !Double.isFinite(v))
          || b.get(0) >= b.get(2)
          || b.get(1) >= b.get(3)
          || b.get(0) < -180
          || b.get(2) > 180
          || b.get(1) < -90
          || b.get(3) > 90) {
        throw new IllegalArgumentException(
            "'bbox' is [minLon, minLat, maxLon, maxLat] in CGCS2000, min < max");
      }
      return TileArea.bbox(new Envelope(b.get(0), b.get(2), b.get(1), b.get(3)));
    }
    if (r.wkt() != null && !r.wkt().isBlank()) {
      if (r.wkt().length() > 1_000_000) {
        throw new IllegalArgumentException("'wkt' is longer than 1,000,000 characters");
      }
      return TileArea.wkt(r.wkt());
    }
    String layer =
        r.gridLayer() == null || r.gridLayer().isBlank() ? DEFAULT_GRID_LAYER : r.gridLayer();
    if (store.layer(layer).isEmpty()) {
      throw new IllegalArgumentException("no unit grid layer '" + layer + "'");
    }
    return TileArea.unitGrid(store, layer, r.unitGrid().strip());
  }

  private static TilePackages.Kind parseKind(String s) {
    try {
      return TilePackages.Kind.parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'packageFormat' must be mbtiles or pmtiles, was " + s);
    }
  }
}
