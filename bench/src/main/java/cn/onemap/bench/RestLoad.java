package cn.onemap.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Single-query REST load: {@code clients} threads share the records and send {@code GET
 * /api/geocode?limit=1&q=…} one after another (HTTP/1.1 keep-alive), after a warm-up of 2,000
 * queries. Every answer must be 200.
 */
final class RestLoad {
  private RestLoad() {}

  static GeocodeBench.Latency run(String portal, List<BureauRecords.Record> records, int clients)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < Math.min(2000, records.size()); i++) {
      send(http, portal, records.get(i).text());
    }
    long[] nanos = new long[records.size()];
    AtomicInteger next = new AtomicInteger();
    Thread[] threads = new Thread[clients];
    RuntimeException[] failure = new RuntimeException[1];
    long start = System.nanoTime();
    for (int t = 0; t < clients; t++) {
      threads[t] =
          new Thread(
              () -> {
                try {
                  for (int i; (i = next.getAndIncrement()) < records.size(); ) {
                    long t0 = System.nanoTime();
                    send(http, portal, records.get(i).text());
                    nanos[i] = System.nanoTime() - t0;
                  }
                } catch (RuntimeException e) {
                  failure[0] = e;
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return GeocodeBench.Latency.of(nanos, (System.nanoTime() - start) / 1e9);
  }

  private static void send(HttpClient http, String portal, String text) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          portal
                              + "/api/geocode?limit=1&q="
                              + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("geocode answered " + r.statusCode() + ": " + r.body());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
