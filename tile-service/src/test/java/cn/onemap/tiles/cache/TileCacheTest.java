package cn.onemap.tiles.cache;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.MetatileSource;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.Tilesets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache over real renders of a small layer on H2GIS. */
class TileCacheTest {
  static StoreFixture fixture;
  static FeatureStore store;
  static RasterTiles raster;

  /** Counts the metatiles the real renderer is asked for. */
  static final class Counting implements MetatileSource {
    final AtomicInteger renders = new AtomicInteger();

    @Override
    public TileRange metatile(TileKey key) {
      return raster.metatile(key);
    }

    @Override
    public Map<TileKey, Tile> renderMetatile(TileKey key) {
      renders.incrementAndGet();
      return raster.renderMetatile(key);
    }
  }

  @BeforeAll
  static void layer() {
    fixture = StoreFixture.open(Backend.H2GIS);
    store = fixture.store();
    store.createLayer(
        LayerDefinition.of(
            "water",
            "水系",
            LayerKind.BASE,
            GeometryType.POLYGON,
            List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称"))));
    List<FeatureEdit> edits = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      double x = 116.1 + i * 0.002;
      edits.add(
          FeatureEdit.insert(
              "w" + i,
              Wkt.read(
                  "POLYGON (("
                      + x
                      + " 24.3, "
                      + (x + 0.001)
                      + " 24.3, "
                      + (x + 0.001)
                      + " 24.301, "
                      + x
                      + " 24.301, "
                      + x
                      + " 24.3))"),
              Map.of("name", "塘" + i)));
    }
    store.apply("water", edits, EditContext.by("t", "t"));
    raster = new RasterTiles(store, new Tilesets(store), StyleLookup.defaults());
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static TileKey key(int dRow, int dCol) {
    TileMatrix m = TileMatrixSets.standard().c().matrix("16").orElseThrow();
    TileRange t = m.tileAt(116.1005, 24.3005);
    TileRange meta = m.metatile(t.minRow(), t.minCol(), 4);
    return TileKey.of(
        "water", "c", "16", meta.minRow() + dRow, meta.minCol() + dCol, TileFormat.PNG);
  }

  @Test
  void oneRenderPerMetatileEvenUnderConcurrentRequests(@TempDir Path dir) throws Exception {
    Counting counting = new Counting();
    CachedTiles tiles = new CachedTiles(counting, new TileCache(dir, 8L << 20, 64L << 20));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Tile>> got = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int r = i / 4;
        int c = i % 4;
        got.add(
            pool.submit(
                () -> {
                  go.await();
                  return tiles.tile(key(r, c));
                }));
      }
      go.countDown();
      for (Future<Tile> f : got) {
        assertThat(f.get().bytes()).isNotEmpty();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(counting.renders.get()).isEqualTo(1);
    assertThat(tiles.tile(key(3, 3)).etag()).isEqualTo(Tile.etagOf(tiles.tile(key(3, 3)).bytes()));
    assertThat(tiles.cache().stats().diskTiles()).isEqualTo(16);
  }

  @Test
  void aTruncatedOrDamagedFileIsReRenderedNeverServed(@TempDir Path dir) throws Exception {
    Counting counting = new Counting();
    TileCache cache = new TileCache(dir, 8L << 20, 64L << 20);
    CachedTiles tiles = new CachedTiles(counting, cache);
    TileKey k = key(1, 1);
    Tile good = tiles.tile(k);
    Path file = onDisk(dir, k);
    byte[] all = Files.readAllBytes(file);

    Files.write(file, java.util.Arrays.copyOf(all, all.length / 2)); // half written
    cache.clearMemory();
    assertThat(cache.get(k)).isEmpty();
    assertThat(Files.exists(file)).as("deleted").isFalse();
    assertThat(tiles.tile(k).bytes()).isEqualTo(good.bytes());
    assertThat(counting.renders.get()).isEqualTo(2);

    byte[] flipped = Files.readAllBytes(file);
    flipped[flipped.length - 5] ^= 0x40; // same length, one bit wrong
    Files.write(file, flipped);
    cache.clearMemory();
    assertThat(tiles.tile(k).bytes()).isEqualTo(good.bytes());
    assertThat(counting.renders.get()).isEqualTo(3);
    assertThat(cache.stats().corrupt()).isEqualTo(2);
  }

  @Test
  void theDiskSurvivesARestartAndKeepsItsSizeLimit(@TempDir Path dir) throws Exception {
    Counting counting = new Counting();
    CachedTiles first = new CachedTiles(counting, new TileCache(dir, 8L << 20, 64L << 20));
    Tile t = first.tile(key(0, 0));
    long files = first.cache().stats().diskTiles();

    TileCache reopened = new TileCache(dir, 8L << 20, 64L << 20);
    assertThat(reopened.stats().diskTiles()).isEqualTo(files);
    CachedTiles second = new CachedTiles(counting, reopened);
    assertThat(second.tile(key(0, 0)).bytes()).isEqualTo(t.bytes());
    assertThat(counting.renders.get()).as("served from disk").isEqualTo(1);

    long limit = reopened.stats().diskBytes() / 2;
    TileCache small = new TileCache(dir, 0, limit);
    assertThat(small.stats().diskBytes()).isGreaterThan(limit); // the limit applies on write
    new CachedTiles(counting, small).tile(key(0, 4)); // another metatile
    assertThat(small.stats().diskBytes()).isLessThanOrEqualTo(limit);
    assertThat(small.stats().evicted()).isPositive();
    long onDisk;
    try (var s = Files.walk(dir)) {
      onDisk = s.filter(Files::isRegularFile).count();
    }
    assertThat(onDisk).isEqualTo(small.stats().diskTiles());
  }

  @Test
  void aRenderOverlappingATruncationIsNotStored(@TempDir Path dir) {
    TileCache cache = new TileCache(dir, 8L << 20, 64L << 20);
    TileKey k = key(2, 2);
    Map<TileKey, Tile> rendered = raster.renderMetatile(k);
    long gen = cache.generation();
    cache.truncate(
        new TileSelector(
            Set.of("water"),
            Optional.empty(),
            Map.of("c", Map.of("16", List.of(new TileRange(k.row(), k.row(), k.col(), k.col())))),
            Optional.empty()));
    assertThat(cache.putAll(rendered, gen)).isFalse();
    assertThat(cache.get(k)).isEmpty();

    long gen2 = cache.generation();
    cache.truncate(TileSelector.everything(Set.of("roads"), Optional.empty()));
    assertThat(cache.putAll(rendered, gen2)).as("an unrelated truncation").isTrue();
    assertThat(cache.get(k)).isPresent();
  }

  static Path onDisk(Path root, TileKey k) {
    return root.resolve(
        Path.of(
            k.tileset(),
            k.style(),
            k.tileMatrixSet(),
            "now",
            k.tileMatrix(),
            Long.toString(k.row()),
            k.col() + ".png"));
  }
}
