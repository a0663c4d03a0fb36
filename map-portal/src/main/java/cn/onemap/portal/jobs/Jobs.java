package cn.onemap.portal.jobs;

import cn.onemap.core.GisException;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Role;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The portal's one machinery for background jobs (imports, batch geocoding): runs them two at a
 * time with at most 20 waiting, keeps them in memory on this node for a day after they finish (then
 * deletes their files), and shows each only to its owner and administrators.
 */
@Service
public class Jobs {
  private static final Logger log = LoggerFactory.getLogger(Jobs.class);
  private static final Duration KEEP = Duration.ofDays(1);

  /** The work of a job; throw a {@link GisException} to fail it with that code. */
  @FunctionalInterface
  public interface Body {
    void run() throws Exception;
  }

  private final Path jobsDir;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService workers =
      new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(20));

  Jobs(PortalProperties properties) {
    this.jobsDir = properties.dataDir().resolve("jobs");
  }

  /**
   * Registers a new job made by {@code factory} from a fresh id and directory. Jobs finished over a
   * day ago are forgotten first.
   */
  public <J extends Job> J create(Caller owner, BiFunction<String, Path, J> factory) {
    Instant dayAgo = Instant.now().minus(KEEP);
    jobs.values()
        .removeIf(j -> j.finished().filter(f -> f.isBefore(dayAgo)).isPresent() && deleteFiles(j));
    String id = UUID.randomUUID().toString();
    J job = factory.apply(id, jobsDir.resolve(id));
    if (!job.owner().equals(owner.name())) {
      throw new IllegalArgumentException("a job must be owned by the caller creating it");
    }
    jobs.put(id, job);
    return job;
  }

  /** Queues the job's body; refused (and the job forgotten) when too many are waiting. */
  public void start(Job job, Body body) {
    try {
      workers.submit(() -> run(job, body));
    } catch (RejectedExecutionException e) {
      forget(job);
      throw new IllegalStateException("too many jobs are waiting; try again in a few minutes");
    }
  }

  private static void run(Job job, Body body) {
    job.running();
    try {
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
    }
  }

  /** The job of this kind, if it exists and the caller owns it (administrators see all). */
  public <J extends Job> Optional<J> find(String id, Caller caller, Class<J> kind) {
    return Optional.ofNullable(jobs.get(id))
        .filter(kind::isInstance)
        .map(kind::cast)
        .filter(j -> j.owner().equals(caller.name()) || caller.has(Role.ADMIN));
  }

  /** Forgets a job that could not start, with its files. */
  public void forget(Job job) {
    jobs.remove(job.id());
    deleteFiles(job);
  }

  private static boolean deleteFiles(Job job) {
    if (!Files.exists(job.directory())) {
      return true;
    }
    try (var files = Files.walk(job.directory())) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete the files of job {}: {}", job.id(), e.getMessage());
    }
    return true;
  }

  @PreDestroy
  void stop() {
    jobs.values().forEach(j -> j.cancel().cancel());
    workers.shutdownNow();
  }
}
