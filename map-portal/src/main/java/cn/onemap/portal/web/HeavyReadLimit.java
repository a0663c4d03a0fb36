package cn.onemap.portal.web;

import cn.onemap.portal.config.PortalProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the reads that stream thousands of features (REST {@code /api/layers/{id}/features}, OGC
 * API {@code /items}, WFS GetFeature / GetPropertyValue over KVP): at most {@code
 * onemap.limits.heavy-concurrency} at once, the others wait up to {@code heavy-wait} and then get
 * 503 with Retry-After in their protocol's format. Under load this keeps the heap and the CPU for
 * everything else (health, the map), as the render budget does for GetMap. Runs after
 * authentication (default filter order), so refused callers are known.
 */
@Component
class HeavyReadLimit extends OncePerRequestFilter {
  private final Semaphore slots;
  private final long waitNanos;
  private final int retryAfterSeconds;
  private final ObjectMapper json;

  HeavyReadLimit(PortalProperties properties, ObjectMapper json) {
    PortalProperties.Limits limits = properties.limits();
    int n =
        limits.heavyConcurrency() > 0
            ? limits.heavyConcurrency()
            : 2 * Runtime.getRuntime().availableProcessors();
    this.slots = new Semaphore(n, true);
    this.waitNanos = limits.heavyWait().toNanos();
    this.retryAfterSeconds = (int) Math.max(1, limits.heavyWait().toSeconds());
    this.json = json;
  }

  /** What a refused request gets, by the protocol of its path. */
  enum Kind {
    REST,
    OGC_API,
    WFS
  }

  static Kind kind(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return null;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/layers/") && path.endsWith("/features")) {
      return Kind.REST;
    }
    if (path.startsWith("/ogcapi/") && path.endsWith("/items")) {
      return Kind.OGC_API;
    }
    if (path.startsWith("/wfs") || path.startsWith("/ows")) {
      String op = param(request, "REQUEST");
      if (op.equals("getfeature") || op.equals("getpropertyvalue")) {
        return Kind.WFS;
      }
    }
    return null;
  }

  private static String param(HttpServletRequest request, String name) {
    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && e.getValue().length > 0) {
        return e.getValue()[0].strip().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Kind kind = kind(request);
    if (kind == null) {
      chain.doFilter(request, response);
      return;
    }
    boolean admitted;
    try {
      admitted = slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      refuse(kind, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      slots.release();
    }
  }

  private void refuse(Kind kind, HttpServletResponse response) throws IOException {
    String message = "服务繁忙，请 " + retryAfterSeconds + " 秒后重试 (server busy, try again later)";
    response.setStatus(503);
    response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    response.setCharacterEncoding("UTF-8");
    switch (kind) {
      case REST -> {
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), new ApiError("BUSY", message, Map.of()));
      }
      case OGC_API -> {
        response.setContentType("application/json");
        json.writeValue(
            response.getOutputStream(),
            Map.of("code", "ServiceUnavailable", "description", message));
      }
      case WFS -> {
        response.setContentType("application/xml");
        String xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ows:ExceptionReport"
                + " xmlns:ows=\"http://www.opengis.net/ows/1.1\" version=\"2.0.0\">"
                + "<ows:Exception exceptionCode=\"OperationProcessingFailed\"><ows:ExceptionText>"
                + message
                + "</ows:ExceptionText></ows:Exception></ows:ExceptionReport>";
        response.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
