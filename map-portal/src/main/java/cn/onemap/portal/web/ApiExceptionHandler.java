package cn.onemap.portal.web;

import cn.onemap.core.GisException;
import cn.onemap.portal.security.AccountRepository;
import cn.onemap.portal.security.LayerAccessDeniedException;
import cn.onemap.portal.security.LoginRefusedException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps exceptions to JSON 4xx/5xx responses with {@link ApiError}. */
@RestControllerAdvice
class ApiExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(GisException.class)
  ResponseEntity<ApiError> gis(GisException e) {
    HttpStatus status =
        switch (e.code()) {
          case "LAYER_NOT_FOUND",
                  "FEATURE_NOT_FOUND",
                  "JOB_NOT_FOUND",
                  "REVIEW_ITEM_NOT_FOUND",
                  "ACCOUNT_NOT_FOUND",
                  "CODE_LIST_NOT_FOUND",
                  "STYLE_NOT_FOUND",
                  "CASE_NOT_FOUND",
                  "TASK_NOT_FOUND",
                  "PATROL_NOT_FOUND",
                  "PART_NOT_FOUND",
                  "GRID_NOT_FOUND",
                  "PROCESS_NOT_FOUND" ->
              HttpStatus.NOT_FOUND;
          case "EDIT_CONFLICT",
                  "HISTORY_REWRITE",
                  "DUPLICATE_FEATURE",
                  "LAYER_EXISTS",
                  "REVIEW_ITEM_CLOSED",
                  "RESULT_NOT_READY",
                  "TILE_CACHE_DISABLED",
                  "STYLE_IN_USE",
                  "STYLE_READ_ONLY",
                  "TASK_DONE",
                  "REPORT_IN_PROGRESS",
                  "CASE_NOT_READY",
                  "PATROL_EXISTS",
                  "LAST_ACTIVE_VERSION",
                  "NO_ACTIVE_PROCESS" ->
              HttpStatus.CONFLICT;
          case "NOT_YOUR_TASK", "NOT_A_REPORTER", "NOT_AN_EVALUATOR", "NOT_YOUR_GRID" ->
              HttpStatus.FORBIDDEN;
          case "UPLOAD_TOO_LARGE", "TOO_MANY_ROWS", "TRACK_TOO_LARGE" ->
              HttpStatus.PAYLOAD_TOO_LARGE;
          case "RATE_LIMITED" -> HttpStatus.TOO_MANY_REQUESTS;
          case "STORE_ERROR", "QUERY_TIMEOUT", "GEOCODER_UNAVAILABLE", "CASES_UNAVAILABLE" ->
              HttpStatus.SERVICE_UNAVAILABLE;
          default -> HttpStatus.BAD_REQUEST;
        };
    if (status.is5xxServerError()) {
      log.error("store failure", e);
    }
    return body(
        status,
        e.code(),
        PublicErrors.message(e.code(), e.getMessage()),
        PublicErrors.details(e.code(), e.details()));
  }

  @ExceptionHandler(LayerAccessDeniedException.class)
  ResponseEntity<ApiError> denied(LayerAccessDeniedException e) {
    return e.authenticated()
        ? body(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage(), Map.of())
        : body(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", e.getMessage(), Map.of());
  }

  @ExceptionHandler(LoginRefusedException.class)
  ResponseEntity<ApiError> refused(LoginRefusedException e) {
    var response =
        ResponseEntity.status(
                e.retryAfter().isPresent() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED)
            .contentType(MediaType.APPLICATION_JSON);
    if (e.retryAfter().isPresent()) {
      response.header("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
    return response.body(new ApiError(e.code(), e.getMessage(), Map.of()));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ApiError> authentication(AuthenticationException e) {
    return body(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", e.getMessage(), Map.of());
  }

  @ExceptionHandler(AccountRepository.AccountExistsException.class)
  ResponseEntity<ApiError> exists(AccountRepository.AccountExistsException e) {
    return body(
        HttpStatus.CONFLICT, "ACCOUNT_EXISTS", "an account or key with this name exists", Map.of());
  }

  @ExceptionHandler({
    IllegalArgumentException.class,
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class,
    HttpMessageNotReadableException.class,
    MethodArgumentNotValidException.class,
    MultipartException.class
  })
  ResponseEntity<ApiError> badRequest(Exception e) {
    if (e instanceof MaxUploadSizeExceededException) {
      return body(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "UPLOAD_TOO_LARGE",
          "the upload exceeds the size limit",
          Map.of());
    }
    String message =
        e instanceof MethodArgumentNotValidException invalid
            ? invalid.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request body")
            : e instanceof HttpMessageNotReadableException
                ? "the request body is not valid JSON"
                : e.getMessage();
    return body(HttpStatus.BAD_REQUEST, "BAD_REQUEST", message, Map.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
    return body(
        HttpStatus.NOT_FOUND, "NOT_FOUND", "no such resource: /" + e.getResourcePath(), Map.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMessage(), Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", e.getMessage(), Map.of());
  }

  static ResponseEntity<ApiError> body(
      HttpStatus status, String code, String message, Map<String, Object> details) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(code, message, details));
  }
}
