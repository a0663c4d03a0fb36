package cn.onemap.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built portal ({@code target/map-portal.jar}) as a separate {@code java} process, for tests
 * that need what one JVM cannot show: several nodes, a restart, a {@code kill -9}. Output goes to a
 * file (shown when it does not come up); {@link #start} waits until {@code /api/health} is UP.
 */
final class PortalProcess implements AutoCloseable {
  static final Path JAR = Path.of("target/map-portal.jar");

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private PortalProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts the jar with {@code jvmOptions}, {@code --key=value} settings and the environment
   * additions, on {@code port}, and waits up to {@code timeout} for health UP.
   */
  static PortalProcess start(
      String name,
      int port,
      List<String> jvmOptions,
      Map<String, String> settings,
      Map<String, String> environment,
      Path logDir,
      Duration timeout)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR + " is missing: run mvn package (failsafe runs after it)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    settings.forEach((k, v) -> command.add("--" + k + "=" + v));
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    PortalProcess portal = new PortalProcess(name, port, log, builder.start());
    portal.awaitHealthy(timeout);
    return portal;
  }

  /** A free loopback port (closed again, so there is a small race; fine for tests). */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  /** An absolute URL on this node: {@code path} starts with '/'. */
  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Everything the process printed so far. */
  String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private void awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "\n" + tail());
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    kill();
    throw new AssertionError(name + " not healthy within " + timeout + "\n" + tail());
  }

  /** The last lines of the output, for failure messages. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Ends the process as a crash would ({@code SIGKILL}: no shutdown hooks run). */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops the process as an operator would ({@code SIGTERM}), forcibly after 30 s. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(
          Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        kill();
      }
    }
  }
}
