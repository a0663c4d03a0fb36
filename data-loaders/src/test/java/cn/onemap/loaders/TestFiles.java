package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Writing test inputs, running GDAL's ogr2ogr, reading back QC reports and layers. */
public final class TestFiles {
  private TestFiles() {}

  public static Path write(Path dir, String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p;
  }

  public static Path write(Path dir, String name, String text) throws IOException {
    return write(dir, name, text, StandardCharsets.UTF_8);
  }

  /** Runs ogr2ogr with the arguments; fails the test with its output on a non-zero exit. */
  public static void ogr2ogr(Path workDir, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("ogr2ogr");
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("ogr2ogr %s: %s", cmd, out).isZero();
  }

  /** The QC report's lines without the BOM; asserts the BOM is there. */
  public static List<String> qcLines(Path qc) throws IOException {
    byte[] bytes = Files.readAllBytes(qc);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    return List.of(text.split("\r\n"));
  }

  /** Current features of a layer. */
  public static List<Feature> features(FeatureStore store, String layer) {
    List<Feature> out = new ArrayList<>();
    try (FeatureCursor c = store.query(FeatureQuery.layer(layer).build())) {
      while (c.hasNext()) {
        out.add(c.next());
      }
    }
    return out;
  }
}
