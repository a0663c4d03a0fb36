package cn.onemap.portal.web;

import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * The page's scripts and styles: Vite names every file under {@code /assets/} by its content hash,
 * so a browser may keep them for a year without asking again; {@code index.html}, which names the
 * current hashes, is revalidated on every load ({@code spring.web.resources.cache.cachecontrol}).
 * They are served as Vite compressed them at build time ({@code .br}, {@code .gz} beside each file,
 * chosen by the request's Accept-Encoding); Tomcat's {@code server.compression} leaves responses
 * that carry a Content-Encoding alone and compresses the rest (JSON, HTML). {@code /m} is the grid
 * managers' mobile app (a second Vite entry, {@code m.html}), forwarded so its URL stays short.
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {
  static final Duration HASHED_MAX_AGE = Duration.ofDays(365);

  private final String[] locations;

  StaticAssets(WebProperties web) {
    this.locations =
        Arrays.stream(web.getResources().getStaticLocations())
            .map(l -> (l.endsWith("/") ? l : l + "/") + "assets/")
            .toArray(String[]::new);
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/m").setViewName("forward:/m.html");
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(locations)
        .setCacheControl(CacheControl.maxAge(HASHED_MAX_AGE).cachePublic().immutable())
        .resourceChain(true)
        .addResolver(new EncodedResourceResolver())
        .addResolver(new PathResourceResolver());
  }
}
