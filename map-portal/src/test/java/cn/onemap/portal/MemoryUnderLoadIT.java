package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 20: the built portal jar at {@code -Xmx512m} (embedded H2GIS, small sample city)
 * under 64 concurrent worst-case requests of every service — WMS GetMap 4096² PNG and JPEG (signed
 * in) and 2048² (anonymous, their maximum), GetFeatureInfo, GetLegendGraphic, WFS GetFeature at the
 * maximum count, OGC API items and REST features at the maximum limit, geocoding — while {@code
 * /api/health} is sampled. Holds: no OutOfMemoryError in the process output, every response 200 or
 * 503 with Retry-After, health always under 1 s. Prints the numbers.
 */
class MemoryUnderLoadIT {
  private static final int PORT = 18231;
  private static final int CONCURRENCY = 64;
  private static final int ROUNDS = 2;
  private static final String ADMIN_PASSWORD = "load-test-admin-password";

  /** The sample city (Meizhou), WMS 1.3.0 EPSG:4490 axis order: lat,lon. */
  private static final String CITY_LATLON = "23.3,115.3,24.95,116.9";

  static PortalProcess portal;
  static Path dir;

  @BeforeAll
  static void start() throws Exception {
    dir = Path.of("target/memory-under-load").toAbsolutePath();
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(dir.resolve("data"));
    portal =
        PortalProcess.start(
            "portal",
            PORT,
            List.of("-Xmx512m", "-Xlog:gc:file=" + dir.resolve("gc.log")),
            Map.of(
                "onemap.data-dir",
                dir.resolve("data").toString(),
                "onemap.sample-city",
                "small",
                "onemap.security.initial-admin-password",
                ADMIN_PASSWORD),
            Map.of(),
            dir,
            Duration.ofMinutes(8));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (portal != null) {
      portal.close();
    }
  }

  private record Call(String kind, String path, boolean signedIn) {}

  @Test
  void sixtyFourConcurrentWorstCaseRequestsNeitherRunTheHeapOutNorStallHealth() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    List<Call> calls = calls(client, basic);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong maxHealthMillis = new AtomicLong();
    AtomicInteger healthSamples = new AtomicInteger();
    List<String> healthFailures = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread sampler =
        new Thread(
            () -> {
              HttpClient h = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
              while (running.get()) {
                long t0 = System.nanoTime();
                try {
                  HttpResponse<String> r =
                      h.send(
                          HttpRequest.newBuilder(URI.create(portal.url("/api/health")))
                              .timeout(Duration.ofSeconds(10))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  long ms = (System.nanoTime() - t0) / 1_000_000;
                  maxHealthMillis.accumulateAndGet(ms, Math::max);
                  healthSamples.incrementAndGet();
                  if (r.statusCode() != 200) {
                    healthFailures.add("status " + r.statusCode());
                  }
                } catch (Exception e) {
                  healthFailures.add(e.toString());
                }
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "health-sampler");
    sampler.start();

    Map<String, int[]> byKind = new TreeMap<>(); // kind → {200, 503}
    List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<String, Long> slowest = new ConcurrentHashMap<>();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
          Call call = calls.get(i % calls.size());
          futures.add(
              pool.submit(
                  () -> {
                    long t0 = System.nanoTime();
                    HttpRequest.Builder b =
                        HttpRequest.newBuilder(URI.create(portal.url(call.path())))
                            .timeout(Duration.ofMinutes(2));
                    if (call.signedIn()) {
                      b.header("Authorization", basic);
                    }
                    try {
                      HttpResponse<byte[]> r =
                          client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                      slowest.merge(call.kind(), (System.nanoTime() - t0) / 1_000_000, Math::max);
                      int status = r.statusCode();
                      boolean retry = r.headers().firstValue("Retry-After").isPresent();
                      synchronized (byKind) {
                        int[] n = byKind.computeIfAbsent(call.kind(), k -> new int[2]);
                        if (status == 200) {
                          n[0]++;
                        } else if (status == 503 && retry) {
                          n[1]++;
                        }
                      }
                      if (status != 200 && !(status == 503 && retry)) {
                        String body = new String(r.body(), StandardCharsets.UTF_8);
                        bad.add(
                            call.kind()
                                + " "
                                + status
                                + ": "
                                + body.substring(0, Math.min(300, body.length())));
                      }
                    } catch (Exception e) {
                      bad.add(call.kind() + " " + e);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      }
    } finally {
      pool.shutdown();
      running.set(false);
      sampler.join();
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000;

    String output = portal.output();
    int oom = count(output, "OutOfMemoryError");
    int ok = byKind.values().stream().mapToInt(n -> n[0]).sum();
    int busy = byKind.values().stream().mapToInt(n -> n[1]).sum();
    System.out.printf(
        "memory under load (-Xmx512m): %d requests in %d s, %d × 200, %d × 503+Retry-After,"
            + " %d other; health max %d ms over %d samples (%d failures); heap peak %s;"
            + " OutOfMemoryError %d%n",
        ROUNDS * CONCURRENCY,
        seconds,
        ok,
        busy,
        bad.size(),
        maxHealthMillis.get(),
        healthSamples.get(),
        healthFailures.size(),
        heapPeak(dir.resolve("gc.log")),
        oom);
    byKind.forEach(
        (k, n) ->
            System.out.printf(
                "  %-22s %3d × 200  %3d × 503  slowest %6d ms%n", k, n[0], n[1], slowest.get(k)));

    assertThat(oom).as("OutOfMemoryError in the portal's output").isZero();
    assertThat(bad).as("responses other than 200 or 503 with Retry-After").isEmpty();
    assertThat(healthFailures).isEmpty();
    assertThat(maxHealthMillis.get()).as("slowest health answer, ms").isLessThan(1000);
    assertThat(ok).as("some requests of each kind succeed").isGreaterThan(CONCURRENCY / 2);
    assertThat(portal.alive()).isTrue();
  }

  /** Worst cases of every service, over what the catalog holds. */
  private static List<Call> calls(HttpClient client, String basic) throws Exception {
    HttpResponse<String> layersResponse =
        client.send(
            HttpRequest.newBuilder(URI.create(portal.url("/api/layers")))
                .header("Authorization", basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode layers = new ObjectMapper().readTree(layersResponse.body());
    List<String> ids = new ArrayList<>();
    List<String> publicIds = new ArrayList<>();
    for (JsonNode l : layers) {
      ids.add(l.get("id").asText());
      if ("PUBLIC".equals(l.get("accessLevel").asText())) {
        publicIds.add(l.get("id").asText());
      }
    }
    assertThat(publicIds).isNotEmpty();
    String all = String.join(",", ids);
    String pub = String.join(",", publicIds);
    String first = publicIds.get(0);
    String map =
        "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:4490&BBOX=" + CITY_LATLON;
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(
          new Call(
              "GetMap 4096 PNG",
              map + "&LAYERS=" + all + "&WIDTH=4096&HEIGHT=4096&FORMAT=image/png",
              true));
      calls.add(
          new Call(
              "GetMap 4096 JPEG",
              map + "&LAYERS=" + all + "&WIDTH=4096&HEIGHT=4096&FORMAT=image/jpeg",
              true));
      calls.add(
          new Call(
              "GetMap 2048 PNG anon",
              map + "&LAYERS=" + pub + "&WIDTH=2048&HEIGHT=2048&FORMAT=image/png",
              false));
      calls.add(
          new Call(
              "GetMap 2048 PNG8 anon",
              map
                  + "&LAYERS="
                  + pub
                  + "&WIDTH=2048&HEIGHT=2048&FORMAT="
                  + URLEncoder.encode("image/png; mode=8bit", StandardCharsets.UTF_8),
              false));
      calls.add(
          new Call(
              "GetFeatureInfo",
              "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&STYLES=&CRS=EPSG:4490&BBOX="
                  + CITY_LATLON
                  + "&LAYERS="
                  + pub
                  + "&QUERY_LAYERS="
                  + pub
                  + "&WIDTH=4096&HEIGHT=4096&I=2048&J=2048&FEATURE_COUNT=50"
                  + "&INFO_FORMAT=application/json",
              false));
      calls.add(
          new Call(
              "GetLegendGraphic",
              "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png"
                  + "&WIDTH=256&HEIGHT=256&LAYER="
                  + first,
              false));
      calls.add(
          new Call(
              "WFS GetFeature",
              "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&COUNT=10000&TYPENAMES="
                  + ids.get(i % ids.size()),
              true));
      calls.add(
          new Call(
              "OGC API items",
              "/ogcapi/collections/" + ids.get((i + 1) % ids.size()) + "/items?limit=10000",
              true));
      calls.add(
          new Call(
              "REST features",
              "/api/layers/" + ids.get((i + 2) % ids.size()) + "/features?limit=10000",
              true));
      calls.add(
          new Call(
              "geocode",
              "/api/geocode?limit=20&q="
                  + URLEncoder.encode("广东省梅州市梅江区彬芳大道12号", StandardCharsets.UTF_8),
              true));
    }
    return calls;
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }

  /** The largest heap occupancy before a collection, from the unified GC log. */
  private static String heapPeak(Path gcLog) {
    try {
      Matcher m = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)").matcher(Files.readString(gcLog));
      long peak = 0;
      while (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
      return peak + " MiB";
    } catch (java.io.IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
