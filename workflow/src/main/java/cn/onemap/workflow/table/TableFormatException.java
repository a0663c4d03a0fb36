package cn.onemap.workflow.table;

import cn.onemap.workflow.WorkflowException;
import java.util.Map;

/** A table (CSV) that cannot be read: the message starts with {@code source:line:}. */
public class TableFormatException extends WorkflowException {
  private final String source;
  private final int line;

  public TableFormatException(String source, int line, String problem) {
    super(
        "TABLE_FORMAT",
        source + ":" + line + ": " + problem,
        Map.of("source", source, "line", line, "problem", problem));
    this.source = source;
    this.line = line;
  }

  /** The resource or file name the table came from. */
  public String source() {
    return source;
  }

  /** 1-based line number of the offending line (0 when the table as a whole is at fault). */
  public int line() {
    return line;
  }
}
