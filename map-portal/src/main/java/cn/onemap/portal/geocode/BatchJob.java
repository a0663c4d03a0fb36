package cn.onemap.portal.geocode;

import cn.onemap.portal.jobs.Job;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** One batch geocoding run of an uploaded CSV file. */
final class BatchJob extends Job {
  static final String KIND = "geocode-batch";

  /** What the job table keeps of a batch besides the common state. */
  record Detail(
      String fileName,
      String column,
      String charset,
      long totalRows,
      long rows,
      long matched,
      BatchJobView.Report report) {}

  final String fileName;
  final String column;
  volatile Charset charset;
  volatile long totalRows;
  volatile long rows;
  volatile long matched;
  volatile BatchJobView.Report report;

  BatchJob(String id, String owner, Path directory, String fileName, String column) {
    super(id, owner, directory);
    this.fileName = fileName;
    this.column = column;
  }

  /** The batch as another node (or this one, later) reads it from the job table. */
  BatchJob(Stored stored, Detail detail) {
    super(stored);
    this.fileName = detail.fileName();
    this.column = detail.column();
    this.charset = detail.charset() == null ? null : Charset.forName(detail.charset());
    this.totalRows = detail.totalRows();
    this.rows = detail.rows();
    this.matched = detail.matched();
    this.report = detail.report();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Detail detail() {
    return new Detail(
        fileName,
        column,
        charset == null ? null : charset.name(),
        totalRows,
        rows,
        matched,
        report);
  }

  @Override
  public double fraction() {
    return state() == State.SUCCEEDED
        ? 1.0
        : totalRows == 0 ? 0 : Math.min(1.0, rows / (double) totalRows);
  }

  Path input() {
    return directory().resolve("input.csv");
  }

  Path result() {
    return directory().resolve("result.csv");
  }
}
