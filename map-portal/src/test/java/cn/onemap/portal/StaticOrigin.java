package cn.onemap.portal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A second web origin for browser tests: a tiny static server on loopback (a port in 18530-18599)
 * serving one empty page, as a departmental web app would be served from its own host.
 */
record StaticOrigin(HttpServer server, int port) {

  static StaticOrigin start() {
    for (int port = 18530; port < 18600; port++) {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(
            "/",
            exchange -> {
              byte[] page =
                  "<!doctype html><meta charset=utf-8><title>部门应用</title><p>app</p>"
                      .getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
              exchange.sendResponseHeaders(200, page.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
              }
            });
        server.start();
        return new StaticOrigin(server, port);
      } catch (IOException taken) {
        // try the next port
      }
    }
    throw new IllegalStateException("no free port in 18530-18599 for a test origin");
  }

  String origin() {
    return "http://127.0.0.1:" + port;
  }
}
