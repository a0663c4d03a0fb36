package cn.onemap.portal.cases;

import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.workflow.patrol.PartInspections;
import cn.onemap.workflow.patrol.PatrolDesk;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Grid managers' patrols and part inspections on the portal's store (see {@link PatrolController}).
 */
@Configuration(proxyBeanMethods = false)
class PatrolConfiguration {
  @Bean
  PatrolDesk patrolDesk(JdbcFeatureStore store, Clock clock) {
    return new PatrolDesk(store, clock);
  }

  @Bean
  PartInspections partInspections(JdbcFeatureStore store, Clock clock) {
    return new PartInspections(store, clock);
  }
}
