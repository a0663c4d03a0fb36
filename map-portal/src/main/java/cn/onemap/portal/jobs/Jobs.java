package cn.onemap.portal.jobs;

import cn.onemap.core.GisException;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * The portal's one machinery for background jobs (imports, batch geocoding), durable and shared by
 * every portal node. Each node runs its own jobs two at a time with at most 20 waiting; their
 * state, progress and report live in the {@code om_job} table (written at start and end, and with a
 * heartbeat every {@code onemap.jobs.heartbeat}), their files in {@code onemap.jobs.dir}, so any
 * node — or this one after a restart — shows them. A cancel asked on any node reaches the running
 * node with its next heartbeat. A job whose node stopped beating for {@code stale-after} is failed
 * ({@code NODE_STOPPED}); on start a node fails the jobs it left running ({@code NODE_RESTARTED})
 * and removes job directories with no row or finished over {@code retention} ago. A job is shown
 * only to its owner and administrators.
 */
@Service
public class Jobs {
  private static final Logger log = LoggerFactory.getLogger(Jobs.class);

  /** The work of a job; throw a {@link GisException} to fail it with that code. */
  @FunctionalInterface
  public interface Body {
    void run() throws Exception;
  }

  private record Kind<J extends Job, D>(Class<D> detail, BiFunction<Job.Stored, D, J> restore) {}

  private final Path jobsDir;
  private final String node;
  private final PortalProperties.Jobs settings;
  private final JobTable table;
  private final ObjectMapper json;
  private final Map<String, Kind<?, ?>> kinds = new ConcurrentHashMap<>();
  private final Map<String, Job> local = new ConcurrentHashMap<>();
  private final ExecutorService workers =
      new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(20));
  private final ScheduledExecutorService heart =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "jobs-heartbeat");
            t.setDaemon(true);
            return t;
          });

  Jobs(PortalProperties properties, DataSource dataSource, ObjectMapper json, Environment env) {
    this.settings = properties.jobs();
    this.jobsDir =
        settings.dir().isBlank()
            ? properties.dataDir().resolve("jobs")
            : Path.of(settings.dir()).toAbsolutePath();
    this.node =
        settings.nodeId().isBlank()
            ? hostName() + ":" + env.getProperty("server.port", "8080")
            : settings.nodeId();
    this.table = new JobTable(dataSource);
    this.json = json;
    recover();
    long every = Math.max(100, settings.heartbeat().toMillis());
    heart.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    heart.scheduleWithFixedDelay(this::removeExpired, 1, 1, TimeUnit.HOURS);
  }

  /**
   * Teaches the registry a kind of job: how to read its {@link Job#detail() detail} back and
   * rebuild the job from a row.
   */
  public <J extends Job, D> void register(
      String kind, Class<D> detail, BiFunction<Job.Stored, D, J> restore) {
    kinds.put(kind, new Kind<>(detail, restore));
  }

  /** This node's name in the job table. */
  public String node() {
    return node;
  }

  /** Registers a new job made by {@code factory} from a fresh id and directory (not created). */
  public <J extends Job> J create(Caller owner, BiFunction<String, Path, J> factory) {
    String id = UUID.randomUUID().toString();
    J job = factory.apply(id, jobsDir.resolve(id));
    if (!job.owner().equals(owner.name())) {
      throw new IllegalArgumentException("a job must be owned by the caller creating it");
    }
    Instant now = Instant.now();
    // The row comes before the directory: a node cleaning orphans never takes a new job's files.
    table.insert(
        new JobTable.Row(
            id,
            job.kind(),
            job.owner(),
            job.state(),
            0,
            null,
            null,
            null,
            write(job.detail()),
            node,
            false,
            now,
            job.created(),
            null));
    local.put(id, job);
    return job;
  }

  /**
   * Queues the job's body; refused (and the job forgotten) when too many are waiting. The body runs
   * as the caller who started it (its security context), so what it writes is theirs: the audit log
   * names them.
   */
  public void start(Job job, Body body) {
    try {
      workers.submit(
          org.springframework.security.concurrent.DelegatingSecurityContextRunnable.create(
              () -> run(job, body), null));
    } catch (RejectedExecutionException e) {
      forget(job);
      throw new IllegalStateException("too many jobs are waiting; try again in a few minutes");
    }
  }

  private void run(Job job, Body body) {
    job.running();
    try {
      beat(job);
      body.run();
      if (job.state() == Job.State.RUNNING) {
        job.succeeded();
      }
    } catch (GisException e) {
      job.fail(e.code(), e.getMessage(), e.details());
    } catch (Exception e) {
      log.error("job {} failed", job.id(), e);
      job.fail("JOB_FAILED", String.valueOf(e.getMessage()), Map.of());
    } finally {
      job.finish();
      try {
        table.finish(row(job));
      } catch (RuntimeException e) {
        log.error("the end of job {} could not be recorded", job.id(), e);
      }
      local.remove(job.id());
    }
  }

  /** The job of this kind, if it exists and the caller owns it (administrators see all). */
  public <J extends Job> Optional<J> find(String id, Caller caller, Class<J> kind) {
    Job job = local.get(id);
    if (job == null) {
      job = table.find(id).flatMap(this::restore).orElse(null);
    }
    return Optional.ofNullable(job)
        .filter(kind::isInstance)
        .map(kind::cast)
        .filter(j -> j.owner().equals(caller.name()) || caller.has(Role.ADMIN));
  }

  /**
   * Asks the job to stop: at once when it runs here, else through the table on its node's next
   * heartbeat. Returns the job as it stands now.
   */
  public <J extends Job> J cancel(J job) {
    table.requestCancel(job.id());
    Job running = local.get(job.id());
    if (running != null) {
      running.cancel().cancel();
    }
    return job;
  }

  /** Forgets a job that could not start, with its files. */
  public void forget(Job job) {
    local.remove(job.id());
    table.delete(job.id());
    deleteFiles(job.id());
  }

  private Optional<Job> restore(JobTable.Row row) {
    Kind<?, ?> kind = kinds.get(row.kind());
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of(restore(kind, row));
  }

  private <J extends Job, D> J restore(Kind<J, D> kind, JobTable.Row row) {
    Optional<Job.Failure> failure =
        Optional.ofNullable(row.errorCode())
            .map(
                code ->
                    new Job.Failure(
                        code,
                        row.message(),
                        Optional.ofNullable(
                                read(
                                    row.errorDetails(),
                                    new TypeReference<Map<String, Object>>() {}))
                            .orElse(Map.of())));
    var stored =
        new Job.Stored(
            row.id(),
            row.owner(),
            jobsDir.resolve(row.id()),
            row.created(),
            row.status(),
            failure,
            Optional.ofNullable(row.finished()),
            row.node());
    D detail;
    try {
      detail = json.readValue(row.report() == null ? "{}" : row.report(), kind.detail());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("job " + row.id() + " has an unreadable report", e);
    }
    return kind.restore().apply(stored, detail);
  }

  private JobTable.Row row(Job job) {
    var failure = job.failure();
    return new JobTable.Row(
        job.id(),
        job.kind(),
        job.owner(),
        job.state(),
        job.state() == Job.State.SUCCEEDED ? 1.0 : job.fraction(),
        failure.map(Job.Failure::code).orElse(null),
        failure.map(f -> truncate(f.message())).orElse(null),
        failure.map(f -> write(f.details())).orElse(null),
        write(job.detail()),
        node,
        false,
        Instant.now(),
        job.created(),
        job.finished().orElse(null));
  }

  /** Writes this node's jobs, takes up cancels asked elsewhere, fails jobs of stopped nodes. */
  private void beat() {
    try {
      local.values().forEach(this::beat);
      List<String> cancelled = table.cancelRequested(List.copyOf(local.keySet()));
      cancelled.forEach(
          id -> Optional.ofNullable(local.get(id)).ifPresent(j -> j.cancel().cancel()));
      Instant now = Instant.now();
      int failed =
          table.failActive(
              null,
              now.minus(settings.staleAfter()),
              "NODE_STOPPED",
              "处理节点已停止（超过 " + settings.staleAfter().toSeconds() + " 秒无心跳），任务中断，请重新提交",
              now);
      if (failed > 0) {
        log.warn("{} job(s) of a stopped node marked FAILED", failed);
      }
    } catch (RuntimeException e) {
      log.warn("job heartbeat failed: {}", e.getMessage());
    }
  }

  private void beat(Job job) {
    if (!job.state().active()) {
      return;
    }
    if (!table.beat(job.id(), job.state(), job.fraction(), write(job.detail()), Instant.now())) {
      // Another node declared it dead (this node stalled past stale-after): stop the work too.
      job.cancel().cancel();
    }
  }

  /** On start: fail what this node left running, remove orphaned and expired job files. */
  private void recover() {
    Instant now = Instant.now();
    int failed = table.failActive(node, now, "NODE_RESTARTED", "处理节点已重启，任务中断，请重新提交", now);
    if (failed > 0) {
      log.warn("{} job(s) this node ({}) left running marked FAILED", failed, node);
    }
    removeExpired();
    if (!Files.isDirectory(jobsDir)) {
      return;
    }
    try (var dirs = Files.list(jobsDir)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String id = dir.getFileName().toString();
        if (table.find(id).isEmpty()) {
          log.info("removing orphaned job directory {}", dir);
          deleteFiles(id);
        }
      }
    } catch (IOException | RuntimeException e) {
      log.warn("could not clean the job directory {}: {}", jobsDir, e.getMessage());
    }
  }

  private void removeExpired() {
    try {
      for (String id : table.finishedBefore(Instant.now().minus(settings.retention()))) {
        deleteFiles(id);
        table.delete(id);
      }
    } catch (RuntimeException e) {
      log.warn("could not remove expired jobs: {}", e.getMessage());
    }
  }

  private void deleteFiles(String id) {
    Path dir = jobsDir.resolve(id);
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete the files of job {}: {}", id, e.getMessage());
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      log.warn("job state not written as JSON: {}", e.getMessage());
      return "{}";
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text == null ? "{}" : text, type);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String truncate(String message) {
    return message == null || message.length() <= 4000 ? message : message.substring(0, 4000);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  @PreDestroy
  void stop() {
    heart.shutdownNow();
    local.values().forEach(j -> j.cancel().cancel());
    workers.shutdownNow();
  }
}
