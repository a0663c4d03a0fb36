package cn.onemap.workflow;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * Root of every error the workflow module reports (unchecked). The message names the offending
 * value and says what would be accepted; {@link #code()} is stable for adapters (REST) and {@link
 * #details()} carries the same context machine-readably.
 */
public class WorkflowException extends GisException {

  public WorkflowException(String code, String message) {
    this(code, message, Map.of(), null);
  }

  public WorkflowException(String code, String message, Map<String, Object> details) {
    this(code, message, details, null);
  }

  public WorkflowException(
      String code, String message, Map<String, Object> details, Throwable cause) {
    super(code, message, details, cause);
  }
}
