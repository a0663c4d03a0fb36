package cn.onemap.portal.geocode;

import cn.onemap.loaders.geocode.AddressGeocoder;
import cn.onemap.loaders.geocode.EngineGeocoder;
import cn.onemap.portal.config.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the address engine into the web layer (rate limit) and into imports (geocoding hook). */
@Configuration(proxyBeanMethods = false)
class GeocodeWebConfiguration implements WebMvcConfigurer {
  private final AnonymousRateLimit rateLimit;

  GeocodeWebConfiguration(AnonymousRateLimit rateLimit) {
    this.rateLimit = rateLimit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(rateLimit).addPathPatterns("/api/geocode", "/api/reverse-geocode");
  }

  /**
   * The import hook: rows with an address but no coordinates are located by the current engine
   * (door level or finer with {@code onemap.geocode.import-min-confidence}); without an engine they
   * stay unlocated and the QC report says so.
   */
  @Bean
  AddressGeocoder importGeocoder(AddressEngines engines, PortalProperties properties) {
    double min = properties.geocode().importMinConfidence();
    return address -> engines.ready().flatMap(e -> new EngineGeocoder(e, min).geocode(address));
  }
}
