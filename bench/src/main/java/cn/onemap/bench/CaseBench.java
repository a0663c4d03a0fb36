package cn.onemap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 数字城管 cases through the portal's REST API: {@code --clients} concurrent clients each report cases
 * as a grid manager and drive every one through all stages (受理立案, 值班长审核, 派遣, 处置, 核查, 结案: a report
 * and six task completions, each answered with the next task), as the user of each role, every user
 * signed in once (session cookie, as the workbench and the phone are). Prints transitions per
 * second and the p50/p99 of each call, then the inbox (GET /api/tasks as the acceptor) with {@code
 * --open} cases waiting for 受理立案.
 *
 * <pre>
 *   CaseBench --portal http://127.0.0.1:18590 --auth admin:pw [--cases 10000] [--clients 16]
 *       [--open 10000] [--label h2]
 * </pre>
 */
public final class CaseBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final double LON = 116.112;
  static final double LAT = 24.288;
  private static final String[][] STEPS = {
    {"acceptor", "register"},
    {"leader", "approve"},
    {"dispatcher", "dispatch"},
    {"handler", "done"},
    {"gm", "pass"},
    {"leader", "close"},
  };

  private final String portal;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private CaseBench(String portal) {
    this.portal = portal;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    CaseBench bench = new CaseBench(a.get("portal"));
    int cases = Integer.parseInt(a.getOrDefault("cases", "10000"));
    int clients = Integer.parseInt(a.getOrDefault("clients", "16"));
    int open = Integer.parseInt(a.getOrDefault("open", "10000"));
    String label = a.getOrDefault("label", "portal");
    String[] admin = a.get("auth").split(":", 2);
    bench.run(label, admin[0], admin[1], cases, clients, open);
  }

  private void run(
      String label, String adminUser, String adminPassword, int cases, int clients, int open)
      throws Exception {
    String admin = signIn(adminUser, adminPassword);
    String grid =
        get(admin, "/api/reverse-geocode?x=" + LON + "&y=" + LAT)
            .findValues("containing")
            .get(0)
            .findValues("code")
            .stream()
            .map(JsonNode::asText)
            .filter(c -> c.length() == 14)
            .findFirst()
            .orElseThrow();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> users = new LinkedHashMap<>();
    users.put("gm", user(admin, "bgm" + suffix, "GRID_MANAGER", ""));
    users.put("acceptor", user(admin, "bacc" + suffix, "ACCEPTOR", ""));
    users.put("leader", user(admin, "blead" + suffix, "SHIFT_LEADER", ""));
    users.put("dispatcher", user(admin, "bdisp" + suffix, "DISPATCHER", ""));
    users.put("handler", user(admin, "bwater" + suffix, "HANDLER", "SZJ"));
    send(
        admin,
        "PUT",
        "/api/admin/users/" + users.get("gm") + "/grids",
        "{\"grids\":[\"" + grid + "\"]}");

    List<List<Double>> perStep = new ArrayList<>();
    for (int i = 0; i <= STEPS.length; i++) {
      perStep.add(Collections.synchronizedList(new ArrayList<>()));
    }
    // Warm-up: a few cases through every stage, not measured.
    Map<String, String> warm = sessions(users);
    for (int i = 0; i < 20; i++) {
      drive(warm, null);
    }
    AtomicInteger left = new AtomicInteger(cases);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Integer>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                Map<String, String> mine = sessions(users);
                int n = 0;
                while (left.getAndDecrement() > 0) {
                  drive(mine, perStep);
                  n++;
                }
                return n;
              }));
    }
    int driven = 0;
    for (Future<Integer> f : done) {
      driven += f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    int transitions = driven * (STEPS.length + 1);
    List<Double> all = new ArrayList<>();
    perStep.forEach(all::addAll);
    System.out.printf(
        "%n%s: %d cases through all 7 stages by %d clients in %.1f s: %.0f transitions/s,"
            + " every call p50 %.1f ms, p99 %.1f ms%n",
        label, driven, clients, seconds, transitions / seconds, pct(all, 50), pct(all, 99));
    System.out.println("| call | p50 ms | p99 ms |");
    System.out.println("| --- | --- | --- |");
    System.out.printf(
        "| POST /api/cases (上报) | %.1f | %.1f |%n",
        pct(perStep.get(0), 50), pct(perStep.get(0), 99));
    for (int i = 0; i < STEPS.length; i++) {
      System.out.printf(
          "| complete %s | %.1f | %.1f |%n",
          STEPS[i][1], pct(perStep.get(i + 1), 50), pct(perStep.get(i + 1), 99));
    }

    // The inbox with many cases waiting for 受理立案.
    Map<String, String> s = sessions(users);
    AtomicInteger toOpen = new AtomicInteger(open);
    long o0 = System.nanoTime();
    ExecutorService openers = Executors.newFixedThreadPool(clients);
    List<Future<?>> opened = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      opened.add(
          openers.submit(
              () -> {
                String gm = signIn(users.get("gm"), users.get("gm") + "-password-1");
                while (toOpen.getAndDecrement() > 0) {
                  report(gm);
                }
                return null;
              }));
    }
    for (Future<?> f : opened) {
      f.get();
    }
    openers.shutdown();
    double openSeconds = (System.nanoTime() - o0) / 1e9;
    List<Double> inbox = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      long q0 = System.nanoTime();
      JsonNode tasks = get(s.get("acceptor"), "/api/tasks");
      inbox.add((System.nanoTime() - q0) / 1e6);
      if (i == 0 && tasks.size() == 0) {
        throw new IllegalStateException("the acceptor's inbox is empty");
      }
    }
    System.out.printf(
        "%s: inbox (GET /api/tasks, the acceptor, %d open cases reported in %.0f s): p50 %.1f ms,"
            + " p99 %.1f ms%n",
        label, open, openSeconds, pct(inbox, 50), pct(inbox, 99));
  }

  /** One case from report to closure; times each call into {@code perStep} when given. */
  private void drive(Map<String, String> sessions, List<List<Double>> perStep) throws Exception {
    long t = System.nanoTime();
    JsonNode c = report(sessions.get("gm"));
    record(perStep, 0, t);
    for (int i = 0; i < STEPS.length; i++) {
      String taskId = c.at("/task/id").asText();
      String body =
          STEPS[i][1].equals("dispatch")
              ? "{\"outcome\":\"dispatch\",\"department\":\"SZJ\"}"
              : "{\"outcome\":\"" + STEPS[i][1] + "\"}";
      t = System.nanoTime();
      c = send(sessions.get(STEPS[i][0]), "POST", "/api/tasks/" + taskId + "/complete", body);
      record(perStep, i + 1, t);
    }
    if (!c.at("/attributes/status").asText().equals("已结案")) {
      throw new IllegalStateException("not closed: " + c);
    }
  }

  private static void record(List<List<Double>> perStep, int step, long t0) {
    if (perStep != null) {
      perStep.get(step).add((System.nanoTime() - t0) / 1e6);
    }
  }

  private JsonNode report(String session) throws Exception {
    return send(
        session,
        "POST",
        "/api/cases",
        JSON.writeValueAsString(
            Map.of(
                "category",
                "暴露垃圾",
                "description",
                "基准测试案件",
                "lon",
                LON,
                "lat",
                LAT,
                "idempotencyKey",
                UUID.randomUUID().toString())));
  }

  private Map<String, String> sessions(Map<String, String> users) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : users.entrySet()) {
      out.put(e.getKey(), signIn(e.getValue(), e.getValue() + "-password-1"));
    }
    return out;
  }

  private String user(String admin, String name, String role, String department) throws Exception {
    send(
        admin,
        "POST",
        "/api/admin/users",
        JSON.writeValueAsString(
            Map.of(
                "username", name,
                "password", name + "-password-1",
                "displayName", name,
                "department", department,
                "roles", List.of(role))));
    return name;
  }

  private String signIn(String user, String password) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(portal + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-OneMap-Client", "bench")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("username", user, "password", password))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "sign-in of " + user + ": " + r.statusCode() + " " + r.body());
    }
    return r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
  }

  private JsonNode get(String cookie, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(portal + path)).header("Cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private JsonNode send(String cookie, String method, String path, String body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(portal + path))
                .header("Cookie", cookie)
                .header("X-OneMap-Client", "bench")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  static double pct(List<Double> values, double p) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    int i = (int) Math.ceil(p / 100 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, i))];
  }
}
