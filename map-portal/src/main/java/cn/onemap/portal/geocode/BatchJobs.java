package cn.onemap.portal.geocode;

import cn.onemap.address.AddressEngine;
import cn.onemap.address.AddressException;
import cn.onemap.address.batch.BatchOptions;
import cn.onemap.address.batch.BatchReport;
import cn.onemap.core.GisException;
import cn.onemap.loaders.csv.CsvReader;
import cn.onemap.loaders.geocode.CsvGeocodeJob;
import cn.onemap.loaders.text.FileEncodingDetector;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.jobs.Jobs;
import cn.onemap.portal.security.Caller;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch geocoding of uploaded CSV files as background {@link Jobs}: the upload is checked at once
 * (size, encoding, header has the address column, row limit) so mistakes are a 4xx rather than a
 * failed job, then {@link CsvGeocodeJob} streams it through the current address engine. Rows below
 * the engine's review threshold go to the review queue under the job's id.
 */
@Service
class BatchJobs {
  /** Rows between progress updates (and cancellation checks). */
  private static final int PROGRESS_EVERY = 256;

  private final Jobs jobs;
  private final AddressEngines engines;
  private final PortalProperties.Geocode limits;

  BatchJobs(Jobs jobs, AddressEngines engines, PortalProperties properties) {
    this.jobs = jobs;
    this.engines = engines;
    this.limits = properties.geocode();
    jobs.register(BatchJob.KIND, BatchJob.Detail.class, BatchJob::new);
  }

  BatchJob submit(Caller caller, MultipartFile file, String column, Optional<Charset> encoding)
      throws IOException {
    AddressEngine engine = engines.current();
    String name = checkedName(file);
    if (column == null || column.isBlank()) {
      throw new IllegalArgumentException("name the address column with the 'column' parameter");
    }
    if (file.getSize() > limits.maxUpload().toBytes()) {
      throw new GisException(
          "UPLOAD_TOO_LARGE",
          "the file is " + file.getSize() + " bytes; batches take at most " + limits.maxUpload(),
          Map.of("bytes", file.getSize(), "max", limits.maxUpload().toBytes()),
          null);
    }
    BatchJob job =
        jobs.create(
            caller, (id, dir) -> new BatchJob(id, caller.name(), dir, name, column.strip()));
    try {
      Files.createDirectories(job.directory());
      file.transferTo(job.input());
      job.charset = encoding.orElseGet(() -> detect(job.input()));
      checkHeader(job, encoding.isEmpty());
      job.totalRows = Math.max(0, lines(job.input()) - 1);
      if (job.totalRows > limits.maxRows()) {
        throw new GisException(
            "TOO_MANY_ROWS",
            "the file has about "
                + job.totalRows
                + " rows; batches take at most "
                + limits.maxRows(),
            Map.of("rows", job.totalRows, "max", limits.maxRows()),
            null);
      }
    } catch (IOException | RuntimeException e) {
      jobs.forget(job);
      throw e;
    }
    int threads =
        limits.batchThreads() > 0
            ? limits.batchThreads()
            : Runtime.getRuntime().availableProcessors();
    var request =
        new CsvGeocodeJob.Request(job.input(), job.result(), job.column, encoding, threads);
    var options =
        BatchOptions.of(job.id())
            .withProgress(
                (rows, matched) -> {
                  job.rows = rows;
                  job.matched = matched;
                  if (job.cancel().isCancelled()) {
                    throw new GisException(
                        "BATCH_CANCELLED",
                        "the batch was cancelled after " + rows + " rows; no result file",
                        Map.of("rows", rows),
                        null);
                  }
                },
                PROGRESS_EVERY);
    jobs.start(
        job,
        () -> {
          BatchReport report = CsvGeocodeJob.run(engine, request, options, job.cancel());
          job.report = BatchJobView.Report.of(report);
          job.rows = report.rows();
          job.matched = report.byStatus().getOrDefault(cn.onemap.address.MatchStatus.MATCHED, 0L);
        });
    return job;
  }

  /** Asks the batch to stop, on whichever node runs it. */
  BatchJob cancel(BatchJob job) {
    return jobs.cancel(job);
  }

  Optional<BatchJob> find(String id, Caller caller) {
    return jobs.find(id, caller, BatchJob.class);
  }

  private static String checkedName(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new IllegalArgumentException(
          "no file uploaded, or it is empty: send the CSV as multipart part 'file'");
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    name = name.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!(lower.endsWith(".csv") || lower.endsWith(".txt")) || name.length() > 200) {
      throw new IllegalArgumentException(
          "batch geocoding reads CSV files (.csv or .txt with a header line), not '" + name + "'");
    }
    return name;
  }

  private static Charset detect(Path file) {
    try {
      return FileEncodingDetector.detect(file).encoding().charset();
    } catch (IOException e) {
      throw new AddressException(
          "BATCH_INPUT", "cannot read the upload: " + e.getMessage(), Map.of(), e);
    }
  }

  /** The header must name the column; a wrong column is the caller's mistake, answered now. */
  private static void checkHeader(BatchJob job, boolean detected) throws IOException {
    List<String> header;
    try (InputStream in = Files.newInputStream(job.input());
        CsvReader reader = new CsvReader(new InputStreamReader(in, job.charset), ',')) {
      header =
          reader
              .next()
              .orElseThrow(
                  () ->
                      new AddressException(
                          "BATCH_INPUT",
                          "the CSV file is empty: it needs a header naming the address column",
                          Map.of("file", job.fileName)));
    }
    List<String> names = header.stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
    if (!names.contains(job.column)) {
      throw new AddressException(
          "UNKNOWN_COLUMN",
          "the CSV file has no column '"
              + job.column
              + "'; its columns are "
              + names
              + (detected ? " (read as " + job.charset.name() + ")" : ""),
          Map.of("column", job.column, "columns", names, "encoding", job.charset.name()));
    }
  }

  private static long lines(Path file) throws IOException {
    long n = 0;
    int last = '\n';
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] buffer = new byte[1 << 16];
      for (int read; (read = in.read(buffer)) > 0; ) {
        for (int k = 0; k < read; k++) {
          if (buffer[k] == '\n') {
            n++;
          }
        }
        last = buffer[read - 1];
      }
    }
    return last == '\n' ? n : n + 1;
  }
}
