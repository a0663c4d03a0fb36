package cn.onemap.loaders.geocode;

import cn.onemap.address.AddressEngine;
import cn.onemap.address.AddressException;
import cn.onemap.address.batch.BatchOptions;
import cn.onemap.address.batch.BatchReport;
import cn.onemap.address.batch.BatchRow;
import cn.onemap.address.batch.BatchRun;
import cn.onemap.loaders.CancelSignal;
import cn.onemap.loaders.csv.CsvReader;
import cn.onemap.loaders.csv.CsvWriter;
import cn.onemap.loaders.text.FileEncodingDetector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batch geocoding of a CSV file: streams the input (UTF-8 or GBK, detected or given), geocodes the
 * named address column with the {@link AddressEngine} on several threads, and writes the input
 * columns followed by {@link BatchRow#COLUMNS} as UTF-8, rows in input order. Memory holds one
 * block of rows, never the file. Low-confidence rows go to the engine's review queue; the result is
 * the run's match-rate report.
 */
public final class CsvGeocodeJob {
  private static final int BLOCK = 4096;

  /**
   * What to geocode.
   *
   * @param input the CSV file, with a header
   * @param output where to write the result (replaced)
   * @param addressColumn header name of the address column
   * @param charset the input's encoding; empty to detect (UTF-8 or GBK)
   * @param threads geocoding threads (1–64)
   */
  public record Request(
      Path input, Path output, String addressColumn, Optional<Charset> charset, int threads) {
    public Request {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(addressColumn, "addressColumn");
      Objects.requireNonNull(charset, "charset");
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads must be 1–64, was " + threads);
      }
    }

    public static Request of(Path input, Path output, String addressColumn) {
      return new Request(
          input,
          output,
          addressColumn,
          Optional.empty(),
          Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
  }

  private CsvGeocodeJob() {}

  /**
   * Runs the job; {@link AddressException} {@code UNKNOWN_COLUMN} when the header lacks the column,
   * {@code BATCH_INPUT} when the file cannot be read as CSV.
   */
  public static BatchReport run(AddressEngine engine, Request request, BatchOptions options) {
    return run(engine, request, options, new CancelSignal());
  }

  /**
   * Runs the job until it ends or {@code cancel} is set: then it stops within one row per thread
   * and fails with {@link AddressException} {@code BATCH_CANCELLED} (the partial output is left for
   * the caller to delete).
   */
  public static BatchReport run(
      AddressEngine engine, Request request, BatchOptions options, CancelSignal cancel) {
    BatchRun run = engine.startBatch(options);
    ExecutorService pool = Executors.newFixedThreadPool(request.threads());
    try {
      Charset cs;
      int bom;
      if (request.charset().isPresent()) {
        cs = request.charset().get();
        bom = 0;
      } else {
        FileEncodingDetector.Result r = FileEncodingDetector.detect(request.input());
        cs = r.encoding().charset();
        bom = r.bomLength();
      }
      try (InputStream in = Files.newInputStream(request.input());
          CsvReader reader = new CsvReader(new InputStreamReader(skip(in, bom), cs), ',');
          BufferedWriter w = Files.newBufferedWriter(request.output(), StandardCharsets.UTF_8);
          CsvWriter out = new CsvWriter(w)) {
        List<String> header =
            reader
                .next()
                .orElseThrow(
                    () ->
                        new AddressException(
                            "BATCH_INPUT",
                            "the CSV file is empty: it needs a header naming the address column",
                            Map.of("file", request.input().getFileName().toString())));
        int column = column(header, request.addressColumn());
        var outHeader = new ArrayList<>(header);
        outHeader.addAll(BatchRow.COLUMNS);
        out.record(outHeader);
        long row = 0;
        var block = new ArrayList<List<String>>(BLOCK);
        for (Optional<List<String>> rec = reader.next(); ; rec = reader.next()) {
          checkCancelled(cancel, row + block.size());
          if (rec.isPresent()) {
            block.add(rec.get());
          }
          if (block.size() == BLOCK || (rec.isEmpty() && !block.isEmpty())) {
            BatchRow[] rows = geocode(pool, run, block, column, row, request.threads(), cancel);
            checkCancelled(cancel, row + block.size());
            for (int k = 0; k < rows.length; k++) {
              var fields = new ArrayList<>(block.get(k));
              while (fields.size() < header.size()) {
                fields.add("");
              }
              fields.addAll(rows[k].values());
              out.record(fields);
            }
            row += block.size();
            block.clear();
          }
          if (rec.isEmpty()) {
            break;
          }
        }
      }
      return run.report();
    } catch (IOException e) {
      throw new AddressException(
          "BATCH_INPUT",
          "cannot read " + request.input().getFileName() + " as CSV: " + e.getMessage(),
          Map.of("file", request.input().getFileName().toString()),
          e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void checkCancelled(CancelSignal cancel, long rows) {
    if (cancel.isCancelled()) {
      throw new AddressException(
          "BATCH_CANCELLED",
          "the batch was cancelled after " + rows + " rows; no result file",
          Map.of("rows", rows));
    }
  }

  private static InputStream skip(InputStream in, int bytes) throws IOException {
    in.skipNBytes(bytes);
    return in;
  }

  private static int column(List<String> header, String name) {
    for (int k = 0; k < header.size(); k++) {
      if (header.get(k).strip().equals(name.strip())) {
        return k;
      }
    }
    throw new AddressException(
        "UNKNOWN_COLUMN",
        "the CSV file has no column '" + name + "'; its columns are " + header,
        Map.of("column", name, "columns", List.copyOf(header)));
  }

  /** Geocodes a block in slices on the pool; results in input order. */
  private static BatchRow[] geocode(
      ExecutorService pool,
      BatchRun run,
      List<List<String>> block,
      int column,
      long firstRow,
      int threads,
      CancelSignal cancel) {
    BatchRow[] rows = new BatchRow[block.size()];
    int slice = (block.size() + threads - 1) / threads;
    var futures = new ArrayList<Future<?>>();
    for (int s = 0; s < block.size(); s += slice) {
      int from = s;
      int to = Math.min(block.size(), s + slice);
      futures.add(
          pool.submit(
              () -> {
                for (int k = from; k < to && !cancel.isCancelled(); k++) {
                  List<String> rec = block.get(k);
                  String text = column < rec.size() ? rec.get(column) : "";
                  rows[k] = run.geocode(firstRow + k + 1, text);
                }
              }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("batch geocoding was interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new UncheckedIOException(new IOException(e.getCause()));
      }
    }
    return rows;
  }
}
