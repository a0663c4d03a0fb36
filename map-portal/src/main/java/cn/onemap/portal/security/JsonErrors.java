package cn.onemap.portal.security;

import cn.onemap.portal.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes security errors in the same JSON form as every other API error. */
@Component
class JsonErrors {
  private final ObjectMapper json;

  JsonErrors(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), new ApiError(code, message, Map.of()));
  }

  /** A throttled sign-in (429 with Retry-After) or a locked account (401). */
  void refused(HttpServletResponse response, LoginRefusedException refused) throws IOException {
    if (refused.retryAfter().isPresent()) {
      response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
      write(response, 429, refused.code(), refused.getMessage());
    } else {
      write(response, 401, refused.code(), refused.getMessage());
    }
  }
}
