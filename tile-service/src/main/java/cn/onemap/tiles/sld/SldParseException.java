package cn.onemap.tiles.sld;

import cn.onemap.tiles.TilesException;
import java.util.Map;

/** An SLD document that cannot be read: the message says what, and where (line and column). */
public class SldParseException extends TilesException {
  private final int line;
  private final int column;

  public SldParseException(String message, int line, int column, Throwable cause) {
    super(
        "INVALID_STYLE",
        message + " (line " + line + ", column " + column + ")",
        Map.of("line", line, "column", column),
        cause);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
