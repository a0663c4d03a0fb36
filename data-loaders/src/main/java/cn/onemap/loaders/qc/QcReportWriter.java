package cn.onemap.loaders.qc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes the QC report as it goes (nothing is kept in memory but the counts): a CSV file in UTF-8
 * with a byte-order mark, because Excel — what data stewards open it with — only guesses UTF-8 when
 * the BOM is there and shows GBK mojibake otherwise.
 *
 * <p>Columns: {@code 行号,主键,级别,代码,说明,详细信息} (row, key, severity, code, Chinese description, message).
 * Not thread-safe: one import writes it.
 */
public final class QcReportWriter implements AutoCloseable {
  static final String HEADER = "行号,主键,级别,代码,说明,详细信息";

  private final Path path;
  private final Writer out;
  private final Map<IssueCode, Long> counts = new EnumMap<>(IssueCode.class);
  private long errors;
  private long warnings;

  private QcReportWriter(Path path, Writer out) {
    this.path = path;
    this.out = out;
  }

  /** Creates (or replaces) the report file and writes the BOM and header. */
  public static QcReportWriter open(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Writer w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
      w.write('\uFEFF');
      w.write(HEADER);
      w.write("\r\n");
      return new QcReportWriter(path, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the QC report " + path + ": " + e, e);
    }
  }

  public Path path() {
    return path;
  }

  /** Appends one finding. */
  public void add(Issue issue) {
    counts.merge(issue.code(), 1L, Long::sum);
    if (issue.severity() == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    try {
      out.write(issue.row() == 0 ? "" : Long.toString(issue.row()));
      out.write(',');
      field(issue.key());
      out.write(',');
      out.write(issue.severity().name());
      out.write(',');
      out.write(issue.code().name());
      out.write(',');
      field(issue.code().description());
      out.write(',');
      field(issue.message());
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the QC report " + path + ": " + e, e);
    }
  }

  /** Number of findings per code so far. */
  public Map<IssueCode, Long> counts() {
    return Map.copyOf(counts);
  }

  public long errors() {
    return errors;
  }

  public long warnings() {
    return warnings;
  }

  private void field(String s) throws IOException {
    cn.onemap.loaders.csv.CsvWriter.field(out, s);
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the QC report " + path + ": " + e, e);
    }
  }
}
