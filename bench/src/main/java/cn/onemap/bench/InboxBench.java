package cn.onemap.bench;

import cn.onemap.workflow.cases.Actor;
import cn.onemap.workflow.cases.CaseDesk;
import cn.onemap.workflow.engine.CaseEngine;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

/**
 * The inbox with many open cases, in-process: {@code --open} cases of the shipped process started
 * on the engine (each waiting for 受理立案, a task of the ACCEPTOR group), then the acceptor's inbox
 * query ({@link CaseDesk#inbox}, the one {@code GET /api/tasks} runs) timed 100 times. Seeding the
 * engine directly takes minutes for 100,000 cases where reporting them over REST takes most of an
 * hour; the REST inbox is measured by CaseBench on the cases it reports.
 *
 * <pre>
 *   InboxBench [--jdbc jdbc:postgresql://127.0.0.1:55437/gis] [--open 100000]
 * </pre>
 */
public final class InboxBench {
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int open = Integer.parseInt(a.getOrDefault("open", "100000"));
    String jdbc = a.get("jdbc");
    String label = jdbc == null ? "h2" : "postgis";
    HikariConfig config = new HikariConfig();
    if (jdbc == null) {
      var dir = Files.createTempDirectory("inbox-bench");
      config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench") + ";LOCK_TIMEOUT=10000");
      config.setUsername("sa");
    } else {
      config.setJdbcUrl(jdbc);
      config.setUsername("postgres");
    }
    config.setMaximumPoolSize(8);
    String schema = "ib_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (HikariDataSource pool = new HikariDataSource(config);
        CaseEngine engine = CaseEngine.open(pool, schema)) {
      RuntimeService runtime = engine.engine().getRuntimeService();
      TaskService tasks = engine.engine().getTaskService();
      AtomicInteger left = new AtomicInteger(open);
      long s0 = System.nanoTime();
      ExecutorService threads = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        done.add(
            threads.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    Map<String, Object> vars = new java.util.HashMap<>();
                    vars.put("verifier", "gm");
                    vars.put("grid", "G1");
                    runtime.startProcessInstanceByKey(
                        CaseEngine.CITY_CASE, UUID.randomUUID().toString(), vars);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      threads.shutdown();
      double seeded = (System.nanoTime() - s0) / 1e9;
      Actor acceptor = new Actor("acc1", Set.of("ACCEPTOR"), Optional.empty(), Set.of());
      Actor handler = new Actor("w1", Set.of("HANDLER"), Optional.of("SZJ"), Set.of());
      List<Double> acc = new ArrayList<>();
      List<Double> dept = new ArrayList<>();
      for (int i = 0; i < 110; i++) {
        long t = System.nanoTime();
        int n = CaseDesk.inbox(tasks, acceptor).size();
        double ms = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        CaseDesk.inbox(tasks, handler);
        double msDept = (System.nanoTime() - t) / 1e6;
        if (n != Math.min(open, CaseDesk.INBOX_LIMIT)) {
          throw new IllegalStateException("the acceptor's inbox holds " + n);
        }
        if (i >= 10) { // the first ten warm the caches and the JIT
          acc.add(ms);
          dept.add(msDept);
        }
      }
      System.out.printf(
          "%ninbox query in-process (%s, %d open cases started in %.0f s): the acceptor (first %d)"
              + " p50 %.1f ms, p99 %.1f ms; a department with none p50 %.1f ms, p99 %.1f ms%n",
          label,
          open,
          seeded,
          CaseDesk.INBOX_LIMIT,
          CaseBench.pct(acc, 50),
          CaseBench.pct(acc, 99),
          CaseBench.pct(dept, 50),
          CaseBench.pct(dept, 99));
    }
  }
}
