package cn.onemap.loaders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.h2gis.H2gisFeatureStore;
import cn.onemap.loaders.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI end to end on an H2GIS file store: create, key, progress lines, summary, exit codes. */
class LoadCommandIT {
  @TempDir Path dir;

  @Test
  void importsAFileAndPrintsProgressAndASummary() throws Exception {
    StringBuilder csv = new StringBuilder("code,名称,lon,lat\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append("H")
          .append(i)
          .append(",消防栓,")
          .append(116.0 + (i % 100) * 1e-3)
          .append(',')
          .append(24.2 + (i / 100) * 1e-3)
          .append('\n');
    }
    Path file = TestFiles.write(dir, "hydrants.csv", csv.toString());
    String db = "h2gis:" + dir.resolve("db/store");
    String[] args = {
      "--store",
      db,
      "--layer",
      "hydrants",
      "--create",
      "--title",
      "消防栓",
      "--kind",
      "CITY_PART",
      "--key",
      "code",
      "--qc-dir",
      dir.resolve("qc").toString(),
      file.toString()
    };

    Result first = run(args);
    assertThat(first.exit).isZero();
    assertThat(first.out)
        .contains("hydrants.csv: 3,000 rows (")
        .contains("COMMITTED")
        .contains("inserted 3,000")
        .contains("EPSG:4490 (guessed from coordinates");
    assertThat(dir.resolve("qc/hydrants.csv.qc.csv")).exists();

    Result again = run(args);
    assertThat(again.out).contains("unchanged 3,000");
    try (var store = H2gisFeatureStore.open(dir.resolve("db/store"), Clock.systemUTC())) {
      assertThat(store.count(FeatureQuery.layer("hydrants").build())).isEqualTo(3_000);
      assertThat(store.requireLayer("hydrants").title()).isEqualTo("消防栓");
    }

    Result missing = run(new String[] {"--store", db, "--layer", "nope", file.toString()});
    assertThat(missing.exit).isEqualTo(1);
    assertThat(missing.out).contains("FAILED").contains("LAYER_NOT_FOUND");
  }

  private record Result(int exit, String out) {}

  private static Result run(String[] args) {
    LoadCommand command = new LoadCommand();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int exit = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    return new Result(exit, bytes.toString(StandardCharsets.UTF_8));
  }
}
