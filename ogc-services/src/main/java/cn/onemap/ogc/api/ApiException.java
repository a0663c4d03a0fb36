package cn.onemap.ogc.api;

/** An OGC API error: HTTP status, a short code and a description for the client. */
public class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  public ApiException(int status, String code, String description) {
    super(description);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String description) {
    return new ApiException(400, "InvalidParameterValue", description);
  }

  public static ApiException notFound(String description) {
    return new ApiException(404, "NotFound", description);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
