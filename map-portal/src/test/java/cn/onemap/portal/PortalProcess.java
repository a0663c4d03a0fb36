package cn.onemap.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built portal jar ({@code target/map-portal.jar}, made by {@code package} before failsafe's
 * integration tests) run as a separate JVM, for tests that need a process of its own: a heap limit,
 * a kill, several nodes. Output (stdout and stderr) goes to a log file; {@link #start} returns once
 * {@code /api/health} answers UP. Close kills the process (its own pid only).
 */
final class PortalProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private PortalProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The jar failsafe tests run against; fails (never skips) when {@code package} did not run. */
  static Path jar() {
    Path jar = Path.of("target/map-portal.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the tests through mvn verify");
    }
    return jar;
  }

  /**
   * Starts {@code java <jvmOptions> -jar <jar> --server.port=<port> --onemap.data-dir=<dataDir>
   * <appArgs>} and waits up to {@code startTimeout} for health UP.
   */
  static PortalProcess start(
      Path jar,
      List<String> jvmOptions,
      List<String> appArgs,
      Path dataDir,
      int port,
      Path log,
      Duration startTimeout)
      throws IOException, InterruptedException {
    Files.createDirectories(dataDir);
    Files.createDirectories(log.toAbsolutePath().getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.add("--onemap.data-dir=" + dataDir.toAbsolutePath());
    command.addAll(appArgs);
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PortalProcess portal = new PortalProcess(p, port, log);
    try {
      portal.awaitHealthy(startTimeout);
    } catch (IOException | InterruptedException | RuntimeException e) {
      portal.close();
      throw e;
    }
    return portal;
  }

  private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "portal exited with "
                + process.exitValue()
                + " during start; log "
                + log
                + ":\n"
                + tail());
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(url("/api/health")))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("portal not healthy within " + timeout + "; log:\n" + tail());
  }

  int port() {
    return port;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  Path log() {
    return log;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Everything the process printed so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  private String tail() {
    try {
      String all = output();
      return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Kills the process at once (SIGKILL), as a crash would. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
