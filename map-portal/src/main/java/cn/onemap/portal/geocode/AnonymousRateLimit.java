package cn.onemap.portal.geocode;

import cn.onemap.core.GisException;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Per-IP token buckets for anonymous single-address geocoding: {@code anonymousBurst} requests at
 * once, refilled at {@code anonymousPerSecond}. Over the limit the request is answered 429 with a
 * JSON error and {@code Retry-After}. Signed-in callers and API keys are not limited. The client is
 * the TCP peer address (behind a load balancer, configure Tomcat's RemoteIpValve so that it is the
 * real client).
 */
@Component
class AnonymousRateLimit implements HandlerInterceptor {
  /** Buckets kept before idle ones are dropped. */
  private static final int MAX_CLIENTS = 100_000;

  private final double perSecond;
  private final int burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  AnonymousRateLimit(PortalProperties properties) {
    this.perSecond = properties.geocode().anonymousPerSecond();
    this.burst = properties.geocode().anonymousBurst();
    if (!(perSecond > 0) || burst < 1) {
      throw new IllegalArgumentException(
          "onemap.geocode.anonymous-per-second must be > 0 and anonymous-burst ≥ 1");
    }
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    if (Callers.current().isPresent()) {
      return true;
    }
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> now - b.last > (long) (burst / perSecond * 1e9));
    }
    Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> new Bucket(burst, now));
    double wait;
    synchronized (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.last) / 1e9 * perSecond);
      bucket.last = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
      }
      wait = (1 - bucket.tokens) / perSecond;
    }
    long seconds = Math.max(1, (long) Math.ceil(wait));
    response.setHeader("Retry-After", Long.toString(seconds));
    throw new RateLimitedException(seconds, perSecond, burst);
  }

  /** Too many anonymous requests from one client: HTTP 429. */
  static final class RateLimitedException extends GisException {
    RateLimitedException(long retryAfter, double perSecond, int burst) {
      super(
          "RATE_LIMITED",
          String.format(
              Locale.ROOT,
              "too many geocoding requests from your address: anonymous clients may make %d at"
                  + " once and %.1f per second; retry in %d s, or sign in / send an API key",
              burst,
              perSecond,
              retryAfter),
          Map.of("retryAfterSeconds", retryAfter, "perSecond", perSecond, "burst", burst),
          null);
    }
  }
}
