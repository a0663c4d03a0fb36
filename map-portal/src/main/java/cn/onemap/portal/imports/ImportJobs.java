package cn.onemap.portal.imports;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.loaders.ImportFailedException;
import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.ImportRequest;
import cn.onemap.loaders.Importer;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.Caller;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs upload imports in the background, two at a time, at most 20 waiting. Each import is one
 * transaction in the store, so a failed or cancelled job leaves its layer as it was.
 */
@Service
class ImportJobs {
  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

  private final Importer importer;
  private final Path jobsDir;
  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
  private final ExecutorService workers =
      new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(20));

  ImportJobs(FeatureStore store, PortalProperties properties) {
    this.importer = new Importer(store);
    this.jobsDir = properties.dataDir().resolve("jobs");
  }

  /** A directory for a new job's files. Jobs finished over a day ago are forgotten first. */
  ImportJob create(String layerId, Caller owner) {
    Instant dayAgo = Instant.now().minus(java.time.Duration.ofDays(1));
    jobs.values()
        .removeIf(j -> j.finished != null && j.finished.isBefore(dayAgo) && deleteFiles(j));
    String id = UUID.randomUUID().toString();
    ImportJob job = new ImportJob(id, layerId, owner.name(), jobsDir.resolve(id));
    jobs.put(id, job);
    return job;
  }

  void start(ImportJob job, Path file, Function<ImportRequest.Builder, ImportRequest> configure) {
    ImportRequest request =
        configure.apply(ImportRequest.builder(file, job.layerId).qcReport(job.qcReport()));
    try {
      workers.submit(() -> run(job, request));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id);
      throw new IllegalStateException("too many imports are waiting; try again in a few minutes");
    }
  }

  private void run(ImportJob job, ImportRequest request) {
    job.state = ImportJob.State.RUNNING;
    try {
      ImportReport report = importer.run(request, p -> job.progress = p, job.cancel);
      job.report = report;
      job.state = ImportJob.State.SUCCEEDED;
    } catch (ImportFailedException e) {
      job.report = e.report();
      fail(job, e.code(), e.getMessage(), e.details());
    } catch (RuntimeException e) {
      log.error("import job {} failed", job.id, e);
      fail(job, "IMPORT_FAILED", String.valueOf(e.getMessage()), Map.of());
    } finally {
      job.finished = Instant.now();
    }
  }

  private static void fail(
      ImportJob job, String code, String message, Map<String, Object> details) {
    job.errorCode = code;
    job.errorMessage = message;
    job.errorDetails = details;
    job.state = ImportJob.State.FAILED;
  }

  /** The job, if it exists and the caller owns it (administrators see all). */
  Optional<ImportJob> find(String id, Caller caller) {
    return Optional.ofNullable(jobs.get(id))
        .filter(
            j -> j.owner.equals(caller.name()) || caller.has(cn.onemap.portal.security.Role.ADMIN));
  }

  private static boolean deleteFiles(ImportJob job) {
    try (var files = java.nio.file.Files.walk(job.directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete the files of job {}: {}", job.id, e.getMessage());
    }
    return true;
  }

  void forget(ImportJob job) {
    jobs.remove(job.id);
  }

  @PreDestroy
  void stop() throws IOException {
    jobs.values().forEach(j -> j.cancel.cancel());
    workers.shutdownNow();
  }
}
