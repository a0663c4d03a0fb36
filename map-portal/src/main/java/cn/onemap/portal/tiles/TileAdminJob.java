package cn.onemap.portal.tiles;

import cn.onemap.portal.jobs.Job;
import cn.onemap.tiles.seed.JobProgress;
import cn.onemap.tiles.seed.JobReport;
import java.nio.file.Path;
import java.util.List;

/** One seeding, truncation or export job of the tile cache; the API shows it as {@link Detail}. */
final class TileAdminJob extends Job {
  static final String KIND = "tiles";

  /** seed, truncate or export. */
  enum Action {
    SEED,
    TRUNCATE,
    EXPORT
  }

  /**
   * What the job table keeps besides the common state.
   *
   * @param request what was asked
   * @param progress counters so far
   * @param report the outcome once finished
   * @param packageFile the export's file name in the job directory, null otherwise
   */
  record Detail(
      Action action,
      TileJobRequest request,
      JobProgress progress,
      Report report,
      String packageFile) {}

  /** {@link JobReport} with its rate, as JSON shows it. */
  record Report(
      JobProgress progress,
      double seconds,
      boolean cancelled,
      List<String> errors,
      double tilesPerSecond) {
    static Report of(JobReport r) {
      return new Report(r.progress(), r.seconds(), r.cancelled(), r.errors(), r.tilesPerSecond());
    }
  }

  final Action action;
  final TileJobRequest request;
  final String packageFile;
  volatile JobProgress progress = new JobProgress(0, 0, 0, 0, 0, 0);
  volatile Report report;

  TileAdminJob(
      String id,
      String owner,
      Path directory,
      Action action,
      TileJobRequest request,
      String packageFile) {
    super(id, owner, directory);
    this.action = action;
    this.request = request;
    this.packageFile = packageFile;
  }

  TileAdminJob(Stored stored, Detail detail) {
    super(stored);
    this.action = detail.action();
    this.request = detail.request();
    this.packageFile = detail.packageFile();
    if (detail.progress() != null) {
      this.progress = detail.progress();
    }
    this.report = detail.report();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Detail detail() {
    return new Detail(action, request, progress, report, packageFile);
  }

  @Override
  public double fraction() {
    return progress.fraction();
  }

  Path packagePath() {
    return directory().resolve(packageFile);
  }
}
