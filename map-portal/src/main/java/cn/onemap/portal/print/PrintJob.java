package cn.onemap.portal.print;

import cn.onemap.portal.jobs.Job;
import java.nio.file.Path;

/** A print made in the background; its file is {@link #file()} in the job's directory. */
final class PrintJob extends Job {
  static final String KIND = "print";

  /** What the job table keeps of a print besides the common state. */
  record Detail(String title, String format, double fraction, long bytes, long scale) {}

  final String title;
  final String format;
  volatile double fraction;
  volatile long bytes;
  volatile long scale;

  PrintJob(String id, String owner, Path directory, String title, String format) {
    super(id, owner, directory);
    this.title = title;
    this.format = format;
  }

  PrintJob(Stored stored, Detail detail) {
    super(stored);
    this.title = detail.title();
    this.format = detail.format();
    this.fraction = detail.fraction();
    this.bytes = detail.bytes();
    this.scale = detail.scale();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Detail detail() {
    return new Detail(title, format, fraction, bytes, scale);
  }

  @Override
  public double fraction() {
    return fraction;
  }

  Path file() {
    return directory().resolve("print." + format);
  }
}
