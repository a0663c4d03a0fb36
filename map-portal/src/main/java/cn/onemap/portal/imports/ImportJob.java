package cn.onemap.portal.imports;

import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.Progress;
import cn.onemap.portal.jobs.Job;
import java.nio.file.Path;

/** One upload import and its progress; the view the API returns is {@link JobView}. */
final class ImportJob extends Job {
  final String layerId;
  volatile Progress progress = new Progress(0, 0, 0, 0, 0);
  volatile ImportReport report;

  ImportJob(String id, String layerId, String owner, Path directory) {
    super(id, owner, directory);
    this.layerId = layerId;
  }

  Path qcReport() {
    return directory().resolve("qc-report.csv");
  }
}
