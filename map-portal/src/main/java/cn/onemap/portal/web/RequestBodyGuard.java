package cn.onemap.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps request threads for work when clients send bodies slowly ("slow POST"): at most {@code
 * max-concurrent} requests read a body at once (the others get 503 with {@code Retry-After} at
 * once, before a byte of the body is read), and a body that arrives more slowly than {@code
 * min-rate} after the grace period ends the request with 408. Both answers make Tomcat close the
 * connection instead of draining the rest of the body. Runs before everything else, security
 * included.
 *
 * <p>Bodies that Tomcat parses itself (form parameters, multipart parts) do not pass through the
 * wrapped stream; they are bounded by Tomcat's per-read {@code connectionUploadTimeout} and by the
 * concurrency limit ({@link TomcatBodyTimeouts}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyGuard extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(RequestBodyGuard.class);
  private static final String SLOW = RequestBodyGuard.class.getName() + ".slow";

  private final RequestBodyProperties limits;
  private final Semaphore readers;
  private final ObjectMapper json;

  RequestBodyGuard(RequestBodyProperties limits, ObjectMapper json) {
    this.limits = limits;
    this.readers = new Semaphore(limits.maxConcurrent());
    this.json = json;
  }

  static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    boolean admitted;
    try {
      admitted = readers.tryAcquire(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      response.setHeader("Retry-After", "5");
      write(
          response,
          503,
          "TOO_MANY_UPLOADS",
          "服务器正在接收过多请求数据，请稍后再试 (too many requests are sending data; retry later)");
      return;
    }
    var permit = new AtomicBoolean(true);
    Runnable release =
        () -> {
          if (permit.getAndSet(false)) {
            readers.release();
          }
        };
    var guarded = new GuardedRequest(request, release);
    try {
      chain.doFilter(guarded, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (request.getAttribute(SLOW) == null || response.isCommitted()) {
        throw e;
      }
    } finally {
      release.run();
    }
    if (request.getAttribute(SLOW) != null && !response.isCommitted()) {
      response.reset();
      write(response, 408, "REQUEST_TIMEOUT", "请求数据传输过慢，已中止 (the request body arrived too slowly)");
    }
  }

  private void write(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), new ApiError(code, message, Map.of()));
  }

  /** The request with its body stream held to the minimum rate. */
  private final class GuardedRequest extends HttpServletRequestWrapper {
    private final Runnable release;
    private ServletInputStream stream;
    private BufferedReader reader;

    GuardedRequest(HttpServletRequest request, Runnable release) {
      super(request);
      this.release = release;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new RateStream(super.getInputStream(), (HttpServletRequest) getRequest(), release);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  /** Counts bytes and time; fails the read when the average rate falls below the minimum. */
  private final class RateStream extends ServletInputStream {
    private final ServletInputStream in;
    private final HttpServletRequest request;
    private final Runnable release;
    private final long started = System.nanoTime();
    private long bytes;

    RateStream(ServletInputStream in, HttpServletRequest request, Runnable release) {
      this.in = in;
      this.request = request;
      this.release = release;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      account(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      account(n);
      return n;
    }

    private void account(int n) throws IOException {
      if (n < 0) {
        release.run(); // the whole body is in: the permit is for reading, not for working
        return;
      }
      bytes += n;
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (millis > limits.grace().toMillis()
          && bytes * 1000 < limits.minRate().toBytes() * millis) {
        request.setAttribute(SLOW, Boolean.TRUE);
        log.warn(
            "ended a slow request body from {}: {} bytes in {} ms",
            request.getRemoteAddr(),
            bytes,
            millis);
        throw new SlowBodyException(bytes, millis);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
