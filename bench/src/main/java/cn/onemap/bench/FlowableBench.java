package cn.onemap.bench;

import cn.onemap.workflow.engine.CaseEngine;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The bare engine: the shipped 数字城管 process on Flowable alone (no HTTP, no store writes, no checks
 * of who acts), {@code --clients} threads each starting cases and completing their six tasks, on an
 * embedded H2 file or on PostgreSQL: the ceiling the REST numbers compare with.
 *
 * <pre>
 *   FlowableBench [--jdbc jdbc:postgresql://127.0.0.1:55437/gis] [--cases 10000] [--clients 16]
 * </pre>
 */
public final class FlowableBench {
  private static final String[] OUTCOMES = {
    "register", "approve", "dispatch", "done", "pass", "close"
  };

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int cases = Integer.parseInt(a.getOrDefault("cases", "10000"));
    int clients = Integer.parseInt(a.getOrDefault("clients", "16"));
    String jdbc = a.get("jdbc");
    String label = jdbc == null ? "h2" : "postgis";
    HikariConfig config = new HikariConfig();
    if (jdbc == null) {
      var dir = Files.createTempDirectory("flowable-bench");
      config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench") + ";LOCK_TIMEOUT=10000");
      config.setUsername("sa");
    } else {
      config.setJdbcUrl(jdbc);
      config.setUsername("postgres");
    }
    config.setMaximumPoolSize(Math.max(8, clients));
    String schema = "fb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (HikariDataSource pool = new HikariDataSource(config);
        CaseEngine engine = CaseEngine.open(pool, schema)) {
      RuntimeService runtime = engine.engine().getRuntimeService();
      TaskService tasks = engine.engine().getTaskService();
      List<Double> calls = Collections.synchronizedList(new ArrayList<>());
      Runnable one =
          () -> {
            Map<String, Object> vars = new HashMap<>();
            vars.put("verifier", "gm");
            vars.put("grid", "G1");
            long t = System.nanoTime();
            String id =
                runtime
                    .startProcessInstanceByKey(
                        CaseEngine.CITY_CASE, UUID.randomUUID().toString(), vars)
                    .getId();
            calls.add((System.nanoTime() - t) / 1e6);
            for (String outcome : OUTCOMES) {
              t = System.nanoTime();
              Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
              Map<String, Object> v = new HashMap<>();
              v.put("outcome", outcome);
              if (outcome.equals("dispatch")) {
                v.put("department", "SZJ");
              }
              tasks.complete(task.getId(), v);
              calls.add((System.nanoTime() - t) / 1e6);
            }
          };
      for (int i = 0; i < 50; i++) {
        one.run();
      }
      calls.clear();
      AtomicInteger left = new AtomicInteger(cases);
      long t0 = System.nanoTime();
      ExecutorService threads = Executors.newFixedThreadPool(clients);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(
            threads.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    one.run();
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      threads.shutdown();
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "%nFlowable alone (%s): %d cases through all 7 stages by %d threads in %.1f s: %.0f"
              + " transitions/s, p50 %.1f ms, p99 %.1f ms%n",
          label,
          cases,
          clients,
          seconds,
          cases * 7 / seconds,
          CaseBench.pct(calls, 50),
          CaseBench.pct(calls, 99));
    }
  }
}
