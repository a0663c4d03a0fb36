package cn.onemap.workflow.evaluation;

import cn.onemap.workflow.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of an evaluation as a table (CSV for Excel), with Chinese headers from {@code
 * names.properties}: the group's code and name, then the counts, rates (as percentages) and working
 * hours of {@link EvaluationRow}.
 */
public enum EvaluationColumn {
  CODE,
  NAME,
  REPORTED,
  CLOSED,
  CLOSED_ON_TIME,
  ON_TIME_RATE,
  VERIFIED,
  REWORKED,
  REWORK_RATE,
  REWORK_ROUNDS,
  MEAN_HANDLE_HOURS,
  MEDIAN_HANDLE_HOURS,
  OVERDUE_OPEN,
  VOIDED;

  /** The byte order mark that tells Excel the file is UTF-8. */
  public static final char BOM = '\uFEFF';

  /** The cell of this column in {@code row}, whose group is named {@code name}. */
  String cell(EvaluationRow row, String name) {
    return switch (this) {
      case CODE -> row.key();
      case NAME -> name;
      case REPORTED -> Integer.toString(row.reported());
      case CLOSED -> Integer.toString(row.closed());
      case CLOSED_ON_TIME -> Integer.toString(row.closedOnTime());
      case ON_TIME_RATE -> percent(row.onTimeRate());
      case VERIFIED -> Integer.toString(row.verified());
      case REWORKED -> Integer.toString(row.reworked());
      case REWORK_RATE -> percent(row.reworkRate());
      case REWORK_ROUNDS -> Integer.toString(row.reworkRounds());
      case MEAN_HANDLE_HOURS -> hours(row.meanHandleHours());
      case MEDIAN_HANDLE_HOURS -> hours(row.medianHandleHours());
      case OVERDUE_OPEN -> Integer.toString(row.overdueOpen());
      case VOIDED -> Integer.toString(row.voided());
    };
  }

  /**
   * Writes {@code e} as CSV (RFC 4180, CRLF): a BOM, the header, one line per row and the total
   * last; {@code nameOf} gives a group's Chinese name from its key.
   */
  public static void writeCsv(Evaluation e, Function<String, String> nameOf, Writer out) {
    try {
      out.write(BOM);
      List<String> header = new ArrayList<>();
      for (EvaluationColumn c : values()) {
        header.add(c == CODE || c == NAME ? Names.of(e.by()) + Names.of(c) : Names.of(c));
      }
      line(out, header);
      for (EvaluationRow r : e.rows()) {
        line(out, cells(r, nameOf.apply(r.key())));
      }
      line(out, cells(e.total(), Names.of(EvaluationLabel.TOTAL)));
      out.flush();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static List<String> cells(EvaluationRow r, String name) {
    List<String> cells = new ArrayList<>();
    for (EvaluationColumn c : values()) {
      cells.add(c.cell(r, name));
    }
    return cells;
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** A cell quoted when it must be; a leading =, +, - or @ is neutralised (formula injection). */
  private static String quote(String cell) {
    String s = cell == null ? "" : cell;
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?%?")) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static String percent(Optional<Double> rate) {
    return rate.map(r -> String.format(Locale.ROOT, "%.2f%%", r * 100)).orElse("");
  }

  private static String hours(Optional<Double> h) {
    return h.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("");
  }
}
