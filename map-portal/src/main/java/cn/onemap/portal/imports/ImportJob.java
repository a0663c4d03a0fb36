package cn.onemap.portal.imports;

import cn.onemap.loaders.Progress;
import cn.onemap.portal.jobs.Job;
import java.nio.file.Path;

/** One upload import and its progress; the view the API returns is {@link JobView}. */
final class ImportJob extends Job {
  static final String KIND = "import";

  /** What the job table keeps of an import besides the common state. */
  record Detail(String layerId, JobView.ProgressView progress, JobView.ReportView report) {}

  final String layerId;
  volatile JobView.ProgressView progress = JobView.ProgressView.of(new Progress(0, 0, 0, 0, 0));
  volatile JobView.ReportView report;

  ImportJob(String id, String layerId, String owner, Path directory) {
    super(id, owner, directory);
    this.layerId = layerId;
  }

  /** The import as another node (or this one, later) reads it from the job table. */
  ImportJob(Stored stored, Detail detail) {
    super(stored);
    this.layerId = detail.layerId();
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
    return new Detail(layerId, progress, report);
  }

  @Override
  public double fraction() {
    return progress.fraction();
  }

  Path qcReport() {
    return directory().resolve("qc-report.csv");
  }
}
