package cn.onemap.portal.jobs;

import cn.onemap.loaders.CancelSignal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A background job of one caller (an upload import, a batch geocoding run): its id, owner, working
 * directory and state. Subclasses add what their kind reports as a {@link #detail() detail} record,
 * which {@link Jobs} keeps in the job table so that every node (and this one after a restart) can
 * show the job: a job object is either the live one on the node running it or a copy read back from
 * the table.
 */
public abstract class Job {
  /** Where a job stands. */
  public enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    boolean active() {
      return this == QUEUED || this == RUNNING;
    }
  }

  /**
   * Why a job failed.
   *
   * @param code stable error code (e.g. IMPORT_CANCELLED, UNKNOWN_COLUMN, NODE_STOPPED)
   * @param message what went wrong
   * @param details context
   */
  public record Failure(String code, String message, Map<String, Object> details) {}

  /**
   * A job as the table holds it, for a kind's restoring constructor.
   *
   * @param node the node that runs (or ran) it
   */
  public record Stored(
      String id,
      String owner,
      Path directory,
      Instant created,
      State state,
      Optional<Failure> failure,
      Optional<Instant> finished,
      String node) {}

  private final String id;
  private final String owner;
  private final Path directory;
  private final Instant created;
  private final CancelSignal cancel = new CancelSignal();
  private final boolean live;
  private volatile State state;
  private volatile Failure failure;
  private volatile Instant finished;

  protected Job(String id, String owner, Path directory) {
    this.id = id;
    this.owner = owner;
    this.directory = directory;
    this.created = Instant.now();
    this.state = State.QUEUED;
    this.live = true;
  }

  /** A copy of a job read back from the table (it may run on another node, or have finished). */
  protected Job(Stored stored) {
    this.id = stored.id();
    this.owner = stored.owner();
    this.directory = stored.directory();
    this.created = stored.created();
    this.state = stored.state();
    this.failure = stored.failure().orElse(null);
    this.finished = stored.finished().orElse(null);
    this.live = false;
  }

  /** The kind's name in the job table, e.g. {@code import}. */
  public abstract String kind();

  /**
   * What this kind adds to the common state (progress counts, its report), as a record that Jackson
   * writes and reads; the kind's restoring constructor gets it back.
   */
  public abstract Object detail();

  /** The share done, 0–1. */
  public abstract double fraction();

  public String id() {
    return id;
  }

  /** The name of the caller who started it. */
  public String owner() {
    return owner;
  }

  /** The job's own directory for uploads and results (shared by the nodes). */
  public Path directory() {
    return directory;
  }

  public Instant created() {
    return created;
  }

  /**
   * This node's cancel signal of the job; to cancel from a request use {@link Jobs#cancel}, which
   * also reaches the node running it.
   */
  public CancelSignal cancel() {
    return cancel;
  }

  /** Whether this is the running job on this node rather than a copy read from the table. */
  public boolean live() {
    return live;
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
