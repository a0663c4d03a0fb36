package cn.onemap.core.crs;

import java.util.Map;

/**
 * Control points from which no parameter set can be estimated: too few of them ({@code
 * INSUFFICIENT_CONTROL_POINTS}) or a geometry that does not determine the parameters, such as
 * duplicates or points on one line ({@code DEGENERATE_CONTROL_POINTS}).
 */
public class ControlPointException extends CrsException {

  public ControlPointException(String code, String message, int count) {
    super(code, message, Map.of("count", count), null);
  }
}
