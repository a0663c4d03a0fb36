package cn.onemap.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the origins an administrator allowed ({@link AllowedOrigins}, read per request): listed
 * origins get the CORS headers, credentials included; others none (their preflight is refused).
 * With no origin listed there is no CORS at all, as before any was configured.
 */
final class LiveCorsSource implements CorsConfigurationSource {
  private record Built(List<String> origins, CorsConfiguration config) {}

  private final AllowedOrigins origins;
  private final Duration maxAge;
  private final AtomicReference<Built> built = new AtomicReference<>(new Built(List.of(), null));

  LiveCorsSource(AllowedOrigins origins, Duration maxAge) {
    this.origins = origins;
    this.maxAge = maxAge;
  }

  @Override
  public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
    List<String> now = origins.current();
    Built last = built.get();
    if (!last.origins().equals(now)) {
      last = new Built(List.copyOf(now), now.isEmpty() ? null : config(now));
      built.set(last);
    }
    return last.config();
  }

  private CorsConfiguration config(List<String> allowed) {
    var config = new CorsConfiguration();
    config.setAllowedOrigins(allowed);
    config.setAllowCredentials(true); // only ever for the listed origins, never for "*"
    config.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
    config.setAllowedHeaders(
        List.of(
            "Content-Type",
            "Accept",
            "Authorization",
            ApiKeyFilter.HEADER,
            ClientHeaderFilter.HEADER));
    config.setExposedHeaders(List.of("Retry-After", "Location", "Content-Disposition"));
    config.setMaxAge(maxAge);
    return config;
  }
}
