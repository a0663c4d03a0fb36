package cn.onemap.ogc.ows;

import java.util.Optional;

/**
 * An OWS error: an exception code from OWS Common / the service specification (e.g. {@code
 * InvalidParameterValue}), the locator (the offending parameter or element, when known), the HTTP
 * status and a message for the person who sent the request. Each service encodes it in its own
 * format (see {@link ExceptionEncoder}).
 */
public class ServiceException extends RuntimeException {
  public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
  public static final String MISSING_PARAMETER_VALUE = "MissingParameterValue";
  public static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";
  public static final String OPERATION_PARSING_FAILED = "OperationParsingFailed";
  public static final String OPERATION_PROCESSING_FAILED = "OperationProcessingFailed";
  public static final String OPTION_NOT_SUPPORTED = "OptionNotSupported";
  public static final String VERSION_NEGOTIATION_FAILED = "VersionNegotiationFailed";
  public static final String NOT_FOUND = "NotFound";
  public static final String NO_APPLICABLE_CODE = "NoApplicableCode";

  private final String code;
  private final String locator;
  private final int status;
  private final int retryAfterSeconds;

  public ServiceException(String code, String locator, int status, String message) {
    this(code, locator, status, message, 0);
  }

  private ServiceException(
      String code, String locator, int status, String message, int retryAfterSeconds) {
    super(message);
    this.code = code;
    this.locator = locator;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public ServiceException(String code, String locator, String message) {
    this(code, locator, 400, message);
  }

  public static ServiceException invalid(String locator, String message) {
    return new ServiceException(INVALID_PARAMETER_VALUE, locator, message);
  }

  public static ServiceException missing(String locator) {
    return new ServiceException(
        MISSING_PARAMETER_VALUE, locator, "parameter '" + locator + "' is required");
  }

  public static ServiceException parsing(String locator, String message) {
    return new ServiceException(OPERATION_PARSING_FAILED, locator, message);
  }

  public static ServiceException forbidden(String locator, String message) {
    return new ServiceException(OPERATION_PROCESSING_FAILED, locator, 403, message);
  }

  /**
   * The server is overloaded: 503 with {@code Retry-After} (added by {@link OwsDispatcher}), so a
   * client backs off instead of failing.
   */
  public static ServiceException busy(String message, int retryAfterSeconds) {
    return new ServiceException(
        OPERATION_PROCESSING_FAILED, null, 503, message, Math.max(1, retryAfterSeconds));
  }

  /** Seconds a client should wait before retrying; empty unless {@link #busy}. */
  public Optional<Integer> retryAfterSeconds() {
    return retryAfterSeconds > 0 ? Optional.of(retryAfterSeconds) : Optional.empty();
  }

  public String code() {
    return code;
  }

  public Optional<String> locator() {
    return Optional.ofNullable(locator);
  }

  public int status() {
    return status;
  }
}
