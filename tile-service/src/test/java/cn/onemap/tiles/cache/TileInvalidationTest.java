package cn.onemap.tiles.cache;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.sample.CitySize;
import cn.onemap.sample.ProgressListener;
import cn.onemap.sample.SampleCity;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.Tilesets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The proof: edit one building through the store; of a block of cached tiles around it at
 * several levels and sets, exactly the tiles whose pixels change are re-rendered — every other one
 * is still a cache hit and byte-identical — and a tile of a date before the edit stays cached.
 */
class TileInvalidationTest {

  @Test
  void editingOneBuildingTruncatesExactlyTheTilesThatChange(@TempDir Path dir) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(Backend.H2GIS)) {
      FeatureStore store = fixture.store();
      SampleCity.generate(
          CitySize.SMALL, store, Files.createTempDirectory(dir, "b"), ProgressListener.none());
      Tilesets tilesets = new Tilesets(store);
      RasterTiles producer = new RasterTiles(store, tilesets, StyleLookup.defaults());
      TileCache cache = new TileCache(dir.resolve("cache"), 64L << 20, 256L << 20);
      CachedTiles tiles = new CachedTiles(producer, cache);
      try (TileInvalidator invalidator =
          new TileInvalidator(
              store,
              tilesets,
              cache,
              StyleLookup.defaults(),
              TileMatrixSets.standard(),
              producer.settings())) {

        Feature building = aBuildingNearTheCentre(store);
        Coordinate at = building.geometry().orElseThrow().getCentroid().getCoordinate();

        List<TileKey> keys = new ArrayList<>();
        for (String tileset : List.of("buildings", Tilesets.BASEMAP, Tilesets.BASEMAP_LABELS)) {
          keys.addAll(block(tileset, TileMatrixSets.standard().c(), List.of(15, 16, 17), at));
          keys.addAll(block(tileset, TileMatrixSets.standard().w(), List.of(16), at));
        }
        Map<TileKey, byte[]> before = new LinkedHashMap<>();
        for (TileKey k : keys) {
          before.put(k, tiles.tile(k).bytes());
        }
        Instant beforeEdit = Instant.now();
        Thread.sleep(5);
        TileKey past =
            block("buildings", TileMatrixSets.standard().c(), List.of(17), at)
                .get(12)
                .withTime(Optional.of(beforeEdit));
        byte[] pastBytes = tiles.tile(past).bytes();

        // move the building 25 m east and 15 m north
        Geometry moved =
            AffineTransformation.translationInstance(0.00025, 0.00014)
                .transform(building.geometry().orElseThrow());
        store.apply(
            "buildings",
            List.of(FeatureEdit.update(building.id(), moved, Map.of())),
            EditContext.by("surveyor", "测试：移动一栋建筑"));
        assertThat(invalidator.poll()).isEqualTo(1);

        int changed = 0;
        List<String> wrong = new ArrayList<>();
        // look first: re-rendering a truncated tile stores its whole metatile again
        Map<TileKey, Boolean> cached = new LinkedHashMap<>();
        keys.forEach(k -> cached.put(k, cache.get(k).isPresent()));
        for (TileKey k : keys) {
          boolean stillCached = cached.get(k);
          byte[] now = tiles.tile(k).bytes();
          boolean differs = !Arrays.equals(before.get(k), now);
          if (differs) {
            changed++;
          }
          if (stillCached == differs) {
            wrong.add(
                k
                    + (differs
                        ? " changed but was served from the cache"
                        : " truncated but unchanged"));
          }
        }
        assertThat(wrong).as("tiles truncated ⇔ tiles changed").isEmpty();
        assertThat(changed).as("the edit shows").isGreaterThanOrEqualTo(8);
        assertThat(keys.stream().filter(k -> k.tileset().equals(Tilesets.BASEMAP_LABELS)))
            .as("buildings have no labels: the labels tileset is untouched")
            .allSatisfy(k -> assertThat(cached.get(k)).isTrue());

        assertThat(cache.get(past)).as("a tile of a date before the edit stays").isPresent();
        assertThat(tiles.tile(past).bytes()).isEqualTo(pastBytes);
        TileKey pastNow = past.withTime(Optional.empty());
        assertThat(tiles.tile(pastNow).bytes()).as("its present differs").isNotEqualTo(pastBytes);
      }
    }
  }

  /**
   * A historical load changes the past from its valid-from on: deleting a building valid from 2023
   * truncates the TIME tiles of 2024 (re-rendered without it) and the present, while a TIME tile of
   * 2021 stays cached and byte-identical.
   */
  @Test
  void aHistoricalLoadTruncatesTimeTilesFromItsValidFromOnOnly(@TempDir Path dir) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(Backend.H2GIS)) {
      FeatureStore store = fixture.store();
      SampleCity.generate(
          CitySize.SMALL, store, Files.createTempDirectory(dir, "b"), ProgressListener.none());
      Tilesets tilesets = new Tilesets(store);
      RasterTiles producer = new RasterTiles(store, tilesets, StyleLookup.defaults());
      TileCache cache = new TileCache(dir.resolve("cache"), 64L << 20, 256L << 20);
      CachedTiles tiles = new CachedTiles(producer, cache);
      try (TileInvalidator invalidator =
          new TileInvalidator(
              store,
              tilesets,
              cache,
              StyleLookup.defaults(),
              TileMatrixSets.standard(),
              producer.settings())) {
        Feature building = aBaselineBuildingNearTheCentre(store);
        Coordinate at = building.geometry().orElseThrow().getCentroid().getCoordinate();
        TileKey tile = block("buildings", TileMatrixSets.standard().c(), List.of(17), at).get(12);
        TileKey y2021 = tile.withTime(Optional.of(Instant.parse("2021-06-01T00:00:00Z")));
        TileKey y2024 = tile.withTime(Optional.of(Instant.parse("2024-06-01T00:00:00Z")));
        byte[] bytes2021 = tiles.tile(y2021).bytes();
        byte[] bytes2024 = tiles.tile(y2024).bytes();
        tiles.tile(tile);

        store.apply(
            "buildings",
            List.of(FeatureEdit.delete(building.id())),
            EditContext.by("steward", "补录：2023年拆除")
                .validFrom(Instant.parse("2023-01-01T00:00:00Z")));
        assertThat(invalidator.poll()).isEqualTo(1);

        assertThat(cache.get(y2021)).as("a TIME tile before the valid-from stays").isPresent();
        assertThat(tiles.tile(y2021).bytes()).isEqualTo(bytes2021);
        assertThat(cache.get(y2024)).as("a TIME tile after the valid-from goes").isEmpty();
        assertThat(cache.get(tile)).as("and so does the present").isEmpty();
        assertThat(tiles.tile(y2024).bytes())
            .as("re-rendered without the building")
            .isNotEqualTo(bytes2024);
      }
    }
  }

  /** A 5×5 block of tiles centred on the point at each level. */
  static List<TileKey> block(
      String tileset, TileMatrixSet set, List<Integer> levels, Coordinate p) {
    double x = p.x;
    double y = p.y;
    if (!set.crs().equals("EPSG:4490")) {
      double[] t = cn.onemap.core.crs.Transforms.get("EPSG:4490", set.crs()).transform(x, y);
      x = t[0];
      y = t[1];
    }
    List<TileKey> out = new ArrayList<>();
    for (int level : levels) {
      TileMatrix m = set.matrix(Integer.toString(level)).orElseThrow();
      TileRange c = m.tileAt(x, y);
      for (long r = c.minRow() - 2; r <= c.minRow() + 2; r++) {
        for (long col = c.minCol() - 2; col <= c.minCol() + 2; col++) {
          out.add(TileKey.of(tileset, set.id(), m.identifier(), r, col, TileFormat.PNG));
        }
      }
    }
    return out;
  }

  /** The building nearest the centre that has stood unchanged since the sample's baseline. */
  static Feature aBaselineBuildingNearTheCentre(FeatureStore store) {
    Coordinate centre = store.extent("roads").orElseThrow().centre();
    org.locationtech.jts.geom.Envelope around = new org.locationtech.jts.geom.Envelope(centre);
    around.expandBy(0.01);
    List<Feature> near = new ArrayList<>();
    try (FeatureCursor c = store.query(FeatureQuery.layer("buildings").bbox(around).build())) {
      c.forEachRemaining(near::add);
    }
    near.sort(
        java.util.Comparator.comparingDouble(
            f -> f.geometry().orElseThrow().getCentroid().getCoordinate().distance(centre)));
    return near.stream()
        .filter(f -> f.version().validFrom().equals(cn.onemap.sample.history.CityHistory.BASELINE))
        .findFirst()
        .orElseThrow();
  }

  static Feature aBuildingNearTheCentre(FeatureStore store) {
    Coordinate centre = store.extent("roads").orElseThrow().centre();
    org.locationtech.jts.geom.Envelope around = new org.locationtech.jts.geom.Envelope(centre);
    around.expandBy(0.01);
    try (FeatureCursor c = store.query(FeatureQuery.layer("buildings").bbox(around).build())) {
      Feature best = null;
      double d = Double.MAX_VALUE;
      while (c.hasNext()) {
        Feature f = c.next();
        double dist = f.geometry().orElseThrow().getCentroid().getCoordinate().distance(centre);
        if (dist < d) {
          d = dist;
          best = f;
        }
      }
      return java.util.Objects.requireNonNull(best, "no building near the centre");
    }
  }
}
