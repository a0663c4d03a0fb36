package cn.onemap.ogc.export;

/**
 * A download that cannot be made as asked (too many features, a format limit, an unknown option):
 * the client's fault, reported as a 4xx in the protocol's own error format with {@link #locator}
 * naming the parameter.
 */
public final class ExportException extends IllegalArgumentException {
  private final String locator;

  public ExportException(String locator, String message) {
    super(message);
    this.locator = locator;
  }

  /** The request parameter at fault ({@code outputFormat}, {@code f}, {@code limit}...). */
  public String locator() {
    return locator;
  }
}
