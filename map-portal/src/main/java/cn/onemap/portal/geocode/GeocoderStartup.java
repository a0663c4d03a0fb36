package cn.onemap.portal.geocode;

import cn.onemap.portal.config.StartupStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the address engine after the first-start sample city is loaded (runner order 2, after
 * {@code SampleCityLoader}); health stays LOADING meanwhile. A store without address layers starts
 * without an engine: geocoding answers 503 until the layers appear.
 */
@Component
@Order(2)
class GeocoderStartup implements ApplicationRunner {
  private final AddressEngines engines;
  private final StartupStatus status;

  GeocoderStartup(AddressEngines engines, StartupStatus status) {
    this.engines = engines;
    this.status = status;
  }

  @Override
  public void run(ApplicationArguments args) {
    status.loading("正在加载地址匹配引擎 building the address engine");
    engines.start();
  }
}
