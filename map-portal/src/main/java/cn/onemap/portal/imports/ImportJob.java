package cn.onemap.portal.imports;

import cn.onemap.loaders.CancelSignal;
import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** One upload import and its mutable state; the view the API returns is {@link JobView}. */
final class ImportJob {
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  final String id;
  final String layerId;
  final String owner;
  final Path directory;
  final Instant created = Instant.now();
  final CancelSignal cancel = new CancelSignal();
  volatile State state = State.QUEUED;
  volatile Progress progress = new Progress(0, 0, 0, 0, 0);
  volatile ImportReport report;
  volatile String errorCode;
  volatile String errorMessage;
  volatile Map<String, Object> errorDetails = Map.of();
  volatile Instant finished;

  ImportJob(String id, String layerId, String owner, Path directory) {
    this.id = id;
    this.layerId = layerId;
    this.owner = owner;
    this.directory = directory;
  }

  Path qcReport() {
    return directory.resolve("qc-report.csv");
  }
}
