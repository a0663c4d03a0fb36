package cn.onemap.portal.config;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.sample.CitySize;
import cn.onemap.sample.GenerationReport;
import cn.onemap.sample.SampleCity;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (empty catalog) loads the sample city of Meizhou, so a newcomer sees a city on
 * the map. A generation that fails is undone (its layers dropped) and stops the start, rather than
 * leaving half a city that later starts would take for complete.
 */
@Component
@Order(1)
class SampleCityLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(SampleCityLoader.class);

  private final FeatureStore store;
  private final PortalProperties properties;
  private final StartupStatus status;

  SampleCityLoader(FeatureStore store, PortalProperties properties, StartupStatus status) {
    this.store = store;
    this.properties = properties;
    this.status = status;
  }

  @Override
  public void run(ApplicationArguments args) {
    String size = properties.sampleCity().strip().toUpperCase(Locale.ROOT);
    if (size.equals("NONE") || !store.layers().isEmpty()) {
      return;
    }
    log.info(
        "empty catalog: generating the {} sample city of Meizhou (示例城市)…",
        size.toLowerCase(Locale.ROOT));
    status.loading("正在生成示例城市 generating the sample city");
    try {
      GenerationReport report =
          SampleCity.generate(
              CitySize.valueOf(size),
              store,
              properties.dataDir().resolve("bureau-records"),
              (step, done) -> {
                if (done == 0) {
                  log.info("  {}", step);
                  status.loading(step);
                }
              });
      log.info(
          "sample city loaded: {} features in {} layers in {} s; bureau records in {}",
          report.total(),
          report.counts().size(),
          report.elapsed().toSeconds(),
          properties.dataDir().resolve("bureau-records"));
    } catch (RuntimeException e) {
      status.failed("sample city generation failed: " + e.getMessage());
      for (LayerDefinition layer : store.layers()) {
        store.dropLayer(layer.id());
      }
      throw new IllegalStateException("loading the sample city failed; nothing was kept", e);
    }
  }
}
