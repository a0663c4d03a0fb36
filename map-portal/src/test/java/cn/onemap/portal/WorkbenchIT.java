package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench's browser tests ({@code e2e/workbench.e2e.js}: every {@code e2e/tools/*.e2e.js},
 * each at 1440×900 and 390×844) in Debian's Chromium against this portal on the sample city. The
 * screenshots of every test's main states are kept under {@code target/workbench-shots} for review;
 * the node output is in {@code target/workbench-e2e.log}. The grid managers' app at {@code /m} has
 * its own browser test ({@code e2e/mobile.e2e.js}). {@code ONEMAP_E2E_ONLY=<substring>} runs some
 * of the tests.
 */
class WorkbenchIT extends SampleCityTestBase {
  private static final Pattern PASSED = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

  @LocalServerPort int port;

  @Test
  void everyToolWorksInTheBrowserAtDesktopAndPhoneSizes() throws Exception {
    Path shots = Path.of("target", "workbench-shots").toAbsolutePath();
    Files.createDirectories(shots);
    Path log = Path.of("target", "workbench-e2e.log").toAbsolutePath();
    ProcessBuilder browser =
        new ProcessBuilder("node", "e2e/workbench.e2e.js", "http://127.0.0.1:" + port + "/")
            .directory(new File("src/main/frontend"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    browser.environment().put("E2E_LOGIN", "admin:" + ADMIN_PASSWORD);
    browser.environment().put("E2E_SHOTS", shots.toString());
    String only = System.getenv("ONEMAP_E2E_ONLY");
    if (only != null && !only.isBlank()) {
      browser.environment().put("E2E_ONLY", only);
    }
    Process node = browser.start();
    boolean finished = node.waitFor(20, TimeUnit.MINUTES);
    if (!finished) {
      node.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("browser tests timed out: " + output).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    var summary = PASSED.matcher(output);
    assertThat(summary.find()).as(output).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).as(output).isPositive();
    assertThat(summary.group(2)).as(output).isEqualTo("0");
  }

  /**
   * The grid managers' app ({@code e2e/mobile.e2e.js}) at 390×844 with an emulated GPS: offline
   * report queued and sent exactly once with its photo, a restart from the service worker while
   * offline, and the 核查 passed after the centre drove the case.
   */
  @Test
  void theGridManagersAppReportsOfflineAndVerifiesOnAPhone() throws Exception {
    Path shots = Path.of("target", "mobile-shots").toAbsolutePath();
    Files.createDirectories(shots);
    Path log = Path.of("target", "mobile-e2e.log").toAbsolutePath();
    ProcessBuilder browser =
        new ProcessBuilder("node", "e2e/mobile.e2e.js", "http://127.0.0.1:" + port + "/")
            .directory(new File("src/main/frontend"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    browser.environment().put("E2E_LOGIN", "admin:" + ADMIN_PASSWORD);
    browser.environment().put("E2E_SHOTS", shots.toString());
    Process node = browser.start();
    boolean finished = node.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      node.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("the app's browser test timed out: " + output).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains("all passed").doesNotContain("FAIL");
  }

  @Test
  void theBundleIsCompressedAndCachedByItsHashedName() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> index =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(
            v -> assertThat(v).contains("no-cache").doesNotContain("max-age=31536000"));
    // The workbench's shell chunk (the big one; the entry itself is a few kB of boot code).
    Matcher script = Pattern.compile("href=\"(/assets/shell-[^\"]+\\.js)\"").matcher(index.body());
    assertThat(script.find()).as(index.body()).isTrue();
    HttpResponse<byte[]> bundle =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + script.group(1)))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(bundle.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(
            v ->
                assertThat(v)
                    .contains("max-age=31536000")
                    .contains("immutable")
                    .contains("public"));
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(bundle.body())).readAllBytes();
    assertThat(bundle.body().length).isLessThan(plain.length / 2);

    // A browser that takes Brotli gets the build's .br file, smaller still and the same length
    // every time (compressed once at build time, not per request).
    HttpRequest brotli =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + script.group(1)))
            .header("Accept-Encoding", "gzip, deflate, br")
            .build();
    HttpResponse<byte[]> br = http.send(brotli, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(br.statusCode()).isEqualTo(200);
    assertThat(br.headers().firstValue("Content-Encoding")).hasValue("br");
    assertThat(br.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Encoding");
    assertThat(br.body().length).isLessThan(bundle.body().length).isPositive();
    assertThat(br.headers().firstValueAsLong("Content-Length")).hasValue(br.body().length);
    HttpResponse<byte[]> identity =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + script.group(1)))
                .header("Accept-Encoding", "identity")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(identity.body()).isEqualTo(plain);
  }
}
