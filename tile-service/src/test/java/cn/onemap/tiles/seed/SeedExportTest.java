package cn.onemap.tiles.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.cache.TileCache;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.pack.PmTilesIds;
import cn.onemap.tiles.pack.PmTilesReader;
import cn.onemap.tiles.pack.TilePackages;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.Tilesets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** Seeding, truncation and offline packages over a small layer on H2GIS. */
class SeedExportTest {
  static StoreFixture fixture;
  static FeatureStore store;
  static Tilesets tilesets;
  static RasterTiles raster;
  static final Envelope AREA = new Envelope(116.10, 116.13, 24.295, 24.31);

  @BeforeAll
  static void layer() {
    fixture = StoreFixture.open(Backend.H2GIS);
    store = fixture.store();
    store.createLayer(
        LayerDefinition.of(
            "ponds",
            "水塘",
            LayerKind.THEMATIC,
            GeometryType.POLYGON,
            List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称"))));
    List<FeatureEdit> edits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      double x = 116.1 + i * 0.0025;
      edits.add(
          FeatureEdit.insert(
              "p" + i,
              Wkt.read(
                  String.format(
                      "POLYGON ((%f 24.3, %f 24.3, %f 24.302, %f 24.302, %f 24.3))",
                      x, x + 0.001, x + 0.001, x, x)),
              Map.of("name", "塘" + i)));
    }
    store.apply("ponds", edits, EditContext.by("t", "t"));
    tilesets = new Tilesets(store);
    raster = new RasterTiles(store, tilesets, StyleLookup.defaults());
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static TileJob job(String from, String to, TileArea area) {
    return new TileJob(
        List.of("ponds"),
        "default",
        "c",
        from,
        to,
        area,
        List.of(TileFormat.PNG),
        Optional.empty());
  }

  @Test
  void seedsOnceSkipsWhatIsCachedAndTruncatesTheArea(@TempDir Path dir) {
    TileCache cache = new TileCache(dir, 16L << 20, 64L << 20);
    CachedTiles tiles = new CachedTiles(raster, cache);
    try (TileSeeder seeder = new TileSeeder(tiles, TileMatrixSets.standard(), 4, 2)) {
      List<JobProgress> seen = new ArrayList<>();
      JobReport first =
          seeder.seed(
              job("15", "17", TileArea.bbox(AREA)),
              false,
              p -> {
                synchronized (seen) {
                  seen.add(p);
                }
              },
              () -> false);
      assertThat(first.progress().rendered()).isPositive();
      assertThat(first.progress().failed()).isZero();
      assertThat(first.progress().done()).isEqualTo(first.progress().total());
      assertThat(seen).isNotEmpty();
      assertThat(cache.stats().diskTiles()).isEqualTo(first.progress().rendered());

      JobReport again =
          seeder.seed(job("15", "17", TileArea.bbox(AREA)), false, p -> {}, () -> false);
      assertThat(again.progress().rendered()).isZero();
      assertThat(again.progress().skipped()).isEqualTo(first.progress().rendered());

      TileMatrix m17 = TileMatrixSets.standard().c().matrix("17").orElseThrow();
      var inside = m17.tilesCovering(AREA);
      TileKey k = TileKey.of("ponds", "c", "17", inside.minRow(), inside.minCol(), TileFormat.PNG);
      assertThat(cache.contains(k)).isTrue();
      JobReport cut = seeder.truncate(job("17", "17", TileArea.bbox(AREA)), p -> {}, () -> false);
      assertThat(cut.progress().rendered()).isEqualTo(inside.count());
      assertThat(cache.contains(k)).isFalse();
      TileKey level16 =
          TileKey.of("ponds", "c", "16", inside.minRow() / 2, inside.minCol() / 2, TileFormat.PNG);
      assertThat(cache.contains(level16)).as("other levels stay").isTrue();

      AtomicInteger calls = new AtomicInteger();
      JobReport cancelled =
          seeder.seed(
              job("18", "18", TileArea.bbox(AREA)),
              true,
              p -> {},
              () -> calls.incrementAndGet() > 3);
      assertThat(cancelled.cancelled()).isTrue();
      assertThat(cancelled.progress().rendered()).isLessThan(cancelled.progress().total() * 16);

      assertThatThrownBy(
              () ->
                  seeder.seed(
                      job("1", "20", TileArea.bbox(new Envelope(73, 135, 18, 53))),
                      false,
                      p -> {},
                      () -> false))
          .hasMessageContaining("narrow the area");
    }
  }

  @Test
  void aPolygonAreaSeedsOnlyTheMetatilesItTouches(@TempDir Path dir) {
    CachedTiles tiles = new CachedTiles(raster, new TileCache(dir, 16L << 20, 64L << 20));
    try (TileSeeder seeder = new TileSeeder(tiles, TileMatrixSets.standard(), 4, 2)) {
      // a thin diagonal triangle: far fewer metatiles than its bounding box
      TileArea tri =
          TileArea.wkt("POLYGON ((116.10 24.295, 116.13 24.31, 116.1005 24.2955, 116.10 24.295))");
      long box =
          seeder
              .seed(
                  job("18", "18", TileArea.bbox(tri.geometry().getEnvelopeInternal())),
                  false,
                  p -> {},
                  () -> true)
              .progress()
              .total();
      JobReport r = seeder.seed(job("18", "18", tri), false, p -> {}, () -> false);
      assertThat(r.progress().total()).isLessThan(box / 2).isPositive();
    }
  }

  @Test
  void exportsPmTilesAndMbTilesThatReadBackTileForTile(@TempDir Path dir) throws Exception {
    CachedTiles tiles =
        new CachedTiles(raster, new TileCache(dir.resolve("c"), 16L << 20, 64L << 20));
    TileExporter exporter = new TileExporter(tiles, tilesets, TileMatrixSets.standard());
    TileJob job = job("14", "16", TileArea.bbox(AREA));
    Path pm = dir.resolve("ponds.pmtiles");
    JobReport r = exporter.export(job, TilePackages.Kind.PMTILES, pm, p -> {}, () -> false);
    long n = r.progress().rendered();
    assertThat(n).isPositive();
    // kept for outside readers (the pmtiles npm package: tile-service/src/test/node)
    Files.createDirectories(Path.of("target/packages"));
    Files.copy(pm, Path.of("target/packages/ponds.pmtiles"), StandardCopyOption.REPLACE_EXISTING);
    Path mb = dir.resolve("ponds.mbtiles");
    exporter.export(job, TilePackages.Kind.MBTILES, mb, p -> {}, () -> false);

    try (PmTilesReader reader = new PmTilesReader(pm);
        var db = DriverManager.getConnection("jdbc:sqlite:" + mb)) {
      assertThat(reader.addressedTiles()).isEqualTo(n);
      assertThat(reader.clustered()).isTrue();
      assertThat(reader.minZoom()).isEqualTo(14);
      assertThat(reader.maxZoom()).isEqualTo(16);
      assertThat(reader.metadata())
          .contains("\"name\":\"ponds\"")
          .contains("\"tile_matrix_set\":\"c\"");
      long checked = 0;
      for (String level : List.of("14", "15", "16")) {
        TileMatrix m = TileMatrixSets.standard().c().matrix(level).orElseThrow();
        int z = TilePackages.quadtreeZoom(m);
        var range = m.tilesCovering(AREA);
        for (long row = range.minRow(); row <= range.maxRow(); row++) {
          for (long col = range.minCol(); col <= range.maxCol(); col++) {
            byte[] expected =
                tiles.tile(TileKey.of("ponds", "c", level, row, col, TileFormat.PNG)).bytes();
            assertThat(reader.tile(z, col, row)).hasValue(expected);
            try (var ps =
                db.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
              ps.setInt(1, z);
              ps.setLong(2, col);
              ps.setLong(3, (1L << z) - 1 - row);
              try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBytes(1)).isEqualTo(expected);
              }
            }
            checked++;
          }
        }
        assertThat(reader.tile(z, range.maxCol() + 5, range.maxRow())).isEmpty();
      }
      assertThat(checked).isEqualTo(n);
      try (var rs =
          db.createStatement().executeQuery("SELECT value FROM metadata WHERE name = 'format'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("png");
      }
    }
  }

  @Test
  void pmTilesIdsFollowTheSpecification() {
    // spec v3: z0 is 0; z1's tiles 1..4 in Hilbert order (0,0) (0,1) (1,1) (1,0); z2 starts at 5
    assertThat(PmTilesIds.tileId(0, 0, 0)).isZero();
    assertThat(PmTilesIds.tileId(1, 0, 0)).isEqualTo(1);
    assertThat(PmTilesIds.tileId(1, 0, 1)).isEqualTo(2);
    assertThat(PmTilesIds.tileId(1, 1, 1)).isEqualTo(3);
    assertThat(PmTilesIds.tileId(1, 1, 0)).isEqualTo(4);
    assertThat(PmTilesIds.tileId(2, 0, 0)).isEqualTo(5);
    assertThat(PmTilesIds.tileId(12, 3423, 1763)).isEqualTo(19078479L);
    for (long id : new long[] {0, 7, 12345, 19078479L, 987654321L}) {
      long[] zxy = PmTilesIds.zxy(id);
      assertThat(PmTilesIds.tileId((int) zxy[0], zxy[1], zxy[2])).isEqualTo(id);
    }
  }
}
