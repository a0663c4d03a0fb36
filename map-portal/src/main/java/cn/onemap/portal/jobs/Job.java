package cn.onemap.portal.jobs;

import cn.onemap.loaders.CancelSignal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A background job of one caller (an upload import, a batch geocoding run): its id, owner, working
 * directory and state. Subclasses add what their kind reports; {@link Jobs} runs them.
 */
public abstract class Job {
  /** Where a job stands. */
  public enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  /**
   * Why a job failed.
   *
   * @param code stable error code (e.g. IMPORT_CANCELLED, UNKNOWN_COLUMN)
   * @param message what went wrong
   * @param details context
   */
  public record Failure(String code, String message, Map<String, Object> details) {}

  private final String id;
  private final String owner;
  private final Path directory;
  private final Instant created = Instant.now();
  private final CancelSignal cancel = new CancelSignal();
  private volatile State state = State.QUEUED;
  private volatile Failure failure;
  private volatile Instant finished;

  protected Job(String id, String owner, Path directory) {
    this.id = id;
    this.owner = owner;
    this.directory = directory;
  }

  public String id() {
    return id;
  }

  /** The name of the caller who started it. */
  public String owner() {
    return owner;
  }

  /** The job's own directory for uploads and results. */
  public Path directory() {
    return directory;
  }

  public Instant created() {
    return created;
  }

  public CancelSignal cancel() {
    return cancel;
  }

  public State state() {
    return state;
  }

  public Optional<Failure> failure() {
    return Optional.ofNullable(failure);
  }

  public Optional<Instant> finished() {
    return Optional.ofNullable(finished);
  }

  void running() {
    state = State.RUNNING;
  }

  void succeeded() {
    state = State.SUCCEEDED;
  }

  /** Marks the job failed (also used by a job body that reports its own failure). */
  public void fail(String code, String message, Map<String, Object> details) {
    failure = new Failure(code, message, details);
    state = State.FAILED;
  }

  void finish() {
    finished = Instant.now();
  }
}
