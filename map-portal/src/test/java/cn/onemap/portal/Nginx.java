package cn.onemap.portal;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx ({@code /usr/sbin/nginx}, installed by {@code scripts/install-deps.sh}) as a
 * round-robin load balancer on a loopback port in front of portal nodes, with a configuration of
 * its own in a temporary prefix. It forwards the client address, scheme and host the way a
 * production proxy does ({@code X-Forwarded-For} appended, {@code -Proto}, {@code -Host}).
 */
final class Nginx implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final int port;
  private final Path prefix;

  private Nginx(Process process, int port, Path prefix) {
    this.process = process;
    this.port = port;
    this.prefix = prefix;
  }

  static Nginx start(int port, List<Integer> upstreams, Path prefix)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(BINARY + " is missing: run scripts/install-deps.sh");
    }
    Files.createDirectories(prefix.resolve("logs"));
    String servers =
        upstreams.stream()
            .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s;")
            .collect(Collectors.joining("\n"));
    String conf =
        (System.getProperty("user.name").equals("root") ? "user root;\n" : "")
            + """
            daemon off;
            worker_processes 1;
            pid %1$s/nginx.pid;
            error_log %1$s/logs/error.log warn;
            events { worker_connections 256; }
            http {
              access_log %1$s/logs/access.log;
              client_body_temp_path %1$s/body;
              proxy_temp_path %1$s/proxy;
              fastcgi_temp_path %1$s/fastcgi;
              uwsgi_temp_path %1$s/uwsgi;
              scgi_temp_path %1$s/scgi;
              client_max_body_size 200m;
              upstream portal {
            %2$s
              }
              server {
                listen 127.0.0.1:%3$d;
                location / {
                  proxy_pass http://portal;
                  proxy_next_upstream error timeout http_502;
                  proxy_connect_timeout 2s;
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_set_header X-Forwarded-Host $http_host;
                  proxy_set_header X-Forwarded-Port $server_port;
                }
              }
            }
            """
                .formatted(prefix.toAbsolutePath(), servers, port);
    Path file = prefix.resolve("nginx.conf");
    Files.writeString(file, conf);
    Process process =
        new ProcessBuilder(
                BINARY.toString(), "-c", file.toAbsolutePath().toString(), "-p", prefix.toString())
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
            .start();
    Nginx nginx = new Nginx(process, port, prefix);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("nginx exited: " + nginx.errors());
      }
      try (Socket s = new Socket("127.0.0.1", port)) {
        return nginx;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    nginx.close();
    throw new AssertionError("nginx did not listen on " + port + ": " + nginx.errors());
  }

  int port() {
    return port;
  }

  String errors() {
    try {
      return Files.readString(prefix.resolve("logs/error.log"))
          + Files.readString(prefix.resolve("logs/stdout.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
