package cn.onemap.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/** One run of a third-party client (GDAL, OWSLib) as a process: exit code and combined output. */
record ClientRun(int exit, String output) {

  static ClientRun of(String... command) throws Exception {
    // Output goes to a file: a client printing more than a pipe buffer would block otherwise.
    File out = File.createTempFile("ogc-client-", ".txt");
    out.deleteOnExit();
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(out)
            .directory(new File("."));
    // GDAL's WMS/WMTS driver caches tiles under ./gdalwmscache by default: keep them in target/.
    builder
        .environment()
        .put("GDAL_DEFAULT_WMS_CACHE_PATH", new File("target/gdalwmscache").getAbsolutePath());
    Process p = builder.start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    String text = Files.readString(out.toPath(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + text);
    }
    return new ClientRun(p.exitValue(), text);
  }

  /** The scripts in src/test/resources/clients print their findings as one JSON line, last. */
  JsonNode lastJsonLine() throws Exception {
    return new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElseThrow());
  }
}
