package cn.onemap.tiles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.StoreAddress;
import cn.onemap.core.testing.Wkt;
import cn.onemap.tiles.pack.PmTilesReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code onemap-tiles} against an H2GIS store file and a cache directory. */
class TilesCommandTest {
  @Test
  void seedsStatsExportsAndTruncates(@TempDir Path dir) throws Exception {
    String address = "h2gis:" + dir.resolve("store");
    try (FeatureStore s = StoreAddress.parse(address).open("", "", 2, Clock.systemUTC())) {
      s.createLayer(
          LayerDefinition.of(
              "ponds",
              "水塘",
              LayerKind.THEMATIC,
              GeometryType.POLYGON,
              List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称"))));
      s.apply(
          "ponds",
          List.of(
              FeatureEdit.insert(
                  "p1",
                  Wkt.read(
                      "POLYGON ((116.1 24.3, 116.11 24.3, 116.11 24.31, 116.1 24.31, 116.1 24.3))"),
                  Map.of("name", "塘"))),
          EditContext.by("t", "t"));
    }
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TilesCommand.out = new PrintStream(text, true, StandardCharsets.UTF_8);
    String cache = dir.resolve("cache").toString();
    String[] area = {
      "--tileset",
      "ponds",
      "--tms",
      "c",
      "--from",
      "14",
      "--to",
      "15",
      "--bbox",
      "116.1,24.3,116.11,24.31"
    };
    assertThat(
            TilesCommand.run(
                concat(new String[] {"seed", "--store", address, "--cache", cache}, area)))
        .isZero();
    assertThat(text.toString()).containsPattern("seed: \\d+ tiles rendered");
    assertThat(TilesCommand.run("stats", "--cache", cache)).isZero();
    assertThat(text.toString()).containsPattern("[1-9]\\d* tiles, \\d+ bytes on disk");

    Path pm = dir.resolve("out/ponds.pmtiles");
    assertThat(
            TilesCommand.run(
                concat(
                    new String[] {
                      "export", "--store", address, "--cache", cache, "--out", pm.toString()
                    },
                    area)))
        .isZero();
    try (PmTilesReader r = new PmTilesReader(pm)) {
      assertThat(r.addressedTiles()).isPositive();
    }
    long before = pngs(dir.resolve("cache"));
    long covered = 0;
    for (String level : List.of("14", "15")) {
      covered +=
          cn.onemap.tiles.grid.TileMatrixSets.standard()
              .c()
              .matrix(level)
              .orElseThrow()
              .tilesCovering(new org.locationtech.jts.geom.Envelope(116.1, 116.11, 24.3, 24.31))
              .count();
    }
    assertThat(
            TilesCommand.run(
                concat(new String[] {"truncate", "--store", address, "--cache", cache}, area)))
        .isZero();
    assertThat(text.toString()).contains("truncate: " + covered + " tiles removed");
    // the rest of the seeded metatiles lies outside the area and stays
    assertThat(pngs(dir.resolve("cache"))).isEqualTo(before - covered);
    assertThat(
            TilesCommand.run(
                "seed",
                "--store",
                address,
                "--cache",
                cache,
                "--tileset",
                "ponds",
                "--from",
                "14",
                "--to",
                "15"))
        .as("no area")
        .isEqualTo(2);
  }

  static long pngs(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".png")).count();
    }
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
