package cn.onemap.portal.ogc;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tile GETs that carry no credentials at all (no {@code Authorization}, {@code X-API-Key}, {@code
 * apikey=}, cookie or {@code Origin}) are answered here, before the Spring Security chain and the
 * DispatcherServlet: for such a request both can only conclude "anonymous, GET permitted", and
 * their two dozen filters and two handler lookups cost more than serving a cached tile. The answer
 * comes from the very handlers of {@link OgcController}, which see no caller and so apply the
 * anonymous caller's layer access, the one access check of every tile. Everything else — any
 * credential, any CORS request, any failure — takes the full chain.
 */
@Configuration(proxyBeanMethods = false)
class AnonymousTiles {

  /**
   * Right after {@code RequestBodyGuard} (the first filter), before Spring Session's repository
   * filter, the request context and Spring Security: an anonymous tile needs none of them.
   */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

  @Bean
  FilterRegistrationBean<Filter> anonymousTileFilter(OgcController controller) {
    var registration = new FilterRegistrationBean<Filter>(new AnonymousTileFilter(controller));
    registration.setName("anonymousTiles");
    registration.setOrder(ORDER);
    registration.addUrlPatterns(
        "/tiles/*",
        "/wmts",
        "/wmts/*",
        "/vec_c/wmts",
        "/cva_c/wmts",
        "/vec_w/wmts",
        "/cva_w/wmts",
        "/vec_c/wmts/*",
        "/cva_c/wmts/*",
        "/vec_w/wmts/*",
        "/cva_w/wmts/*");
    return registration;
  }

  /** True when nothing in the request could make its caller anyone but anonymous. */
  static boolean carriesNoCredentials(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    if (request.getHeader("Authorization") != null
        || request.getHeader("X-API-Key") != null
        || request.getHeader("Cookie") != null
        || request.getHeader("Origin") != null) {
      return false;
    }
    if (request.getQueryString() == null) {
      return true;
    }
    // Decoded names, so no spelling or encoding of the key parameter passes as anonymous.
    for (var names = request.getParameterNames(); names.hasMoreElements(); ) {
      if (names.nextElement().toLowerCase(Locale.ROOT).contains("apikey")) {
        return false;
      }
    }
    return true;
  }

  private static final class AnonymousTileFilter implements Filter {
    private final OgcController controller;

    AnonymousTileFilter(OgcController controller) {
      this.controller = controller;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
      var request = (HttpServletRequest) req;
      var response = (HttpServletResponse) res;
      if (!carriesNoCredentials(request)) {
        chain.doFilter(req, res);
        return;
      }
      // What Spring Security's header writer adds to every answer.
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("X-XSS-Protection", "0");
      // Overwritten by a tile's own Cache-Control; errors stay uncached, as on the full chain.
      response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
      try {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/tiles/")) {
          controller.tiles(request, response);
        } else if (path.startsWith("/wmts")) {
          controller.wmts(request, response);
        } else {
          controller.tianditu(request, response);
        }
      } catch (RuntimeException e) {
        if (response.isCommitted()) {
          throw e;
        }
        // The full chain answers the failure in the protocol's format, as for any request.
        response.reset();
        chain.doFilter(req, res);
      }
    }
  }
}
