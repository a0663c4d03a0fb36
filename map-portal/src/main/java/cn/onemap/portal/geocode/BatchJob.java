package cn.onemap.portal.geocode;

import cn.onemap.address.batch.BatchReport;
import cn.onemap.portal.jobs.Job;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** One batch geocoding run of an uploaded CSV file. */
final class BatchJob extends Job {
  final String fileName;
  final String column;
  volatile Charset charset;
  volatile long totalRows;
  volatile long rows;
  volatile long matched;
  volatile BatchReport report;

  BatchJob(String id, String owner, Path directory, String fileName, String column) {
    super(id, owner, directory);
    this.fileName = fileName;
    this.column = column;
  }

  Path input() {
    return directory().resolve("input.csv");
  }

  Path result() {
    return directory().resolve("result.csv");
  }
}
