package cn.onemap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * WMS GetMap throughput, One Map vs MapServer, on the same layers and the same random 768 x 768
 * views: for each layer and concurrency, every client thread requests maps for a fixed time and the
 * table reports requests/s and p95 latency. Each response must be a 200 PNG; a sample map of each
 * server is saved to compare by eye. WMS 1.3.0 with EPSG:4490 (lat,lon BBOX) for both.
 */
public final class WmsBench {
  private static final int SIZE = 768;

  private record Server(String name, String base, String auth) {}

  private record Cell(
      String layer, int clients, String server, double rps, double p95, long errors) {}

  public static void main(String[] args) throws Exception {
    String onemap = arg(args, "--onemap", "http://127.0.0.1:18080/ows?");
    String auth = arg(args, "--onemap-auth", "");
    String mapserver = arg(args, "--mapserver", "http://127.0.0.1:18081/fcgi?");
    int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
    double window = Double.parseDouble(arg(args, "--window", "0.015"));
    Path out = Path.of(arg(args, "--out", "bench/out/wms"));
    // for iterating on one side or one layer: --only onemap|mapserver, --layer city_parts|pipelines
    String only = arg(args, "--only", "");
    String onlyLayer = arg(args, "--layer", "");
    int[] concurrency =
        Arrays.stream(arg(args, "--clients", "1,2,8").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    String api = onemap.substring(0, onemap.indexOf("/ows")) + "/api/layers";
    JsonNode layers = new ObjectMapper().readTree(get(http, api, auth).body());
    List<String> pipes = new ArrayList<>();
    double[] extent = null;
    for (JsonNode l : layers) {
      String id = l.get("id").asText();
      if (id.matches("pipe_.*_segments")) {
        pipes.add(id);
      }
      if (id.equals("city_parts")) {
        extent = new double[4];
        for (int i = 0; i < 4; i++) {
          extent[i] = l.get("bbox").get(i).asDouble();
        }
      }
    }
    if (extent == null || pipes.isEmpty()) {
      throw new IllegalStateException(
          "the portal does not list city_parts and pipe segments: " + layers);
    }
    Server ours = new Server("One Map", onemap, auth);
    Server peer = new Server("MapServer 8 (FastCGI)", mapserver, "");
    var cells = new ArrayList<Cell>();
    for (String[] layer :
        List.of(
            new String[] {"city_parts", "city_parts", "city_parts"},
            new String[] {"pipelines", String.join(",", pipes), "pipelines"})) {
      if (!onlyLayer.isEmpty() && !onlyLayer.equals(layer[0])) {
        continue;
      }
      List<Server> servers =
          switch (only) {
            case "onemap" -> List.of(ours);
            case "mapserver" -> List.of(peer);
            default -> List.of(ours, peer);
          };
      for (Server s : servers) {
        String layerParam = s == ours ? layer[1] : layer[2];
        sample(
            http,
            s,
            layerParam,
            extent,
            window,
            out.resolve(layer[0] + "-" + (s == ours ? "onemap" : "mapserver") + ".png"));
      }
      for (int clients : concurrency) {
        for (Server s : servers) {
          String layerParam = s == ours ? layer[1] : layer[2];
          cells.add(run(http, s, layer[0], layerParam, clients, seconds, extent, window));
        }
      }
    }
    System.out.printf(
        "%nWMS 1.3.0 GetMap %dx%d PNG, EPSG:4490, random %.3f° views, %d s per cell, this machine (%d cores)%n",
        SIZE, SIZE, window, seconds, Runtime.getRuntime().availableProcessors());
    System.out.printf(
        "%-10s | %7s | %-22s | %10s | %9s | %6s | %s%n",
        "layer", "clients", "server", "req/s", "p95 ms", "errors", "ours/peer");
    int step = only.isEmpty() ? 2 : 1;
    for (int i = 0; i < cells.size(); i += step) {
      Cell a = cells.get(i);
      Cell b = step == 2 ? cells.get(i + 1) : null;
      for (Cell c : b == null ? List.of(a) : List.of(a, b)) {
        System.out.printf(
            "%-10s | %7d | %-22s | %10.1f | %9.1f | %6d | %s%n",
            c.layer,
            c.clients,
            c.server,
            c.rps,
            c.p95,
            c.errors,
            c == a && b != null ? String.format("%.2f", a.rps / b.rps) : "");
      }
    }
  }

  private static String url(Server s, String layers, double[] box) {
    // WMS 1.3.0 + EPSG:4490: BBOX is minLat,minLon,maxLat,maxLon.
    return s.base
        + String.format(
            Locale.ROOT,
            "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=%s&STYLES=&CRS=EPSG:4490&BBOX=%.6f,%.6f,%.6f,%.6f"
                + "&WIDTH=%d&HEIGHT=%d&FORMAT=image/png&TRANSPARENT=TRUE",
            layers,
            box[1],
            box[0],
            box[3],
            box[2],
            SIZE,
            SIZE);
  }

  private static double[] view(SplittableRandom random, double[] extent, double window) {
    double x = extent[0] + random.nextDouble() * Math.max(0, extent[2] - extent[0] - window);
    double y = extent[1] + random.nextDouble() * Math.max(0, extent[3] - extent[1] - window);
    return new double[] {x, y, x + window, y + window};
  }

  private static void sample(
      HttpClient http, Server s, String layers, double[] extent, double window, Path file)
      throws Exception {
    double cx = (extent[0] + extent[2]) / 2;
    double cy = (extent[1] + extent[3]) / 2;
    HttpResponse<byte[]> r =
        getBytes(
            http,
            url(
                s,
                layers,
                new double[] {cx - window / 2, cy - window / 2, cx + window / 2, cy + window / 2}),
            s.auth);
    Files.createDirectories(file.getParent());
    Files.write(file, r.body());
    var image = ImageIO.read(new ByteArrayInputStream(r.body()));
    if (r.statusCode() != 200 || image == null) {
      throw new IllegalStateException(
          s.name + " did not return a PNG: " + new String(r.body(), StandardCharsets.UTF_8));
    }
    long painted = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) != 0) {
          painted++;
        }
      }
    }
    System.out.printf(
        "sample %-22s %-12s %,d painted pixels -> %s%n",
        s.name, layers.length() > 12 ? "pipelines" : layers, painted, file);
  }

  private static Cell run(
      HttpClient http,
      Server s,
      String layer,
      String layers,
      int clients,
      int seconds,
      double[] extent,
      double window)
      throws InterruptedException {
    long warmupEnd = System.nanoTime() + 3_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    var latencies = new ArrayList<long[]>();
    AtomicLong errors = new AtomicLong();
    var threads = new ArrayList<Thread>();
    for (int t = 0; t < clients; t++) {
      long[] mine = new long[1_000_000];
      int[] n = {0};
      latencies.add(mine);
      SplittableRandom random = new SplittableRandom(7 + t);
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  String u = url(s, layers, view(random, extent, window));
                  long start = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r = getBytes(http, u, s.auth);
                    if (r.statusCode() != 200
                        || !r.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("image/png")) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  long done = System.nanoTime();
                  if (start >= warmupEnd && n[0] < mine.length) {
                    mine[n[0]++] = done - start;
                  }
                }
                mine[mine.length - 1] = n[0];
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all =
        latencies.stream()
            .flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1]))
            .sorted()
            .toArray();
    double p95 =
        all.length == 0
            ? Double.NaN
            : all[Math.min(all.length - 1, (int) (all.length * 0.95))] / 1e6;
    return new Cell(layer, clients, s.name, all.length / (double) seconds, p95, errors.get());
  }

  private static HttpResponse<String> get(HttpClient http, String url, String auth)
      throws Exception {
    return http.send(request(url, auth), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> getBytes(HttpClient http, String url, String auth)
      throws Exception {
    return http.send(request(url, auth), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest request(String url, String auth) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (!auth.isEmpty()) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
    }
    return b.build();
  }

  private static String arg(String[] args, String name, String def) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
