package cn.onemap.portal.cases;

import cn.onemap.address.reverse.ContainingUnit;
import cn.onemap.address.reverse.ReverseResult;
import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.portal.geocode.AddressEngines;
import cn.onemap.workflow.cases.CaseDesk;
import cn.onemap.workflow.cases.CaseLocator;
import cn.onemap.workflow.cases.OverdueEscalator;
import cn.onemap.workflow.cases.StageClocks;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.engine.CaseEngine;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The business-flow engine in the portal: Flowable on the store's database (in the schema {@link
 * CaseEngine#schemaBeside} gives beside the store's), the working calendar and time limits the
 * admin keeps, the shipped categories, and a case desk whose locator files a reported point with
 * the unit grid, community and nearest standard address the address engine finds there. The rules
 * are read through {@link LiveCaseRules}; overdue cases are escalated by {@link CaseEscalationJob}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkflowConfiguration {
  /** How far a reported point may be from the standard address it is filed with. */
  static final double ADDRESS_RADIUS_METRES = 150;

  @Bean(destroyMethod = "close")
  CaseEngine caseEngine(JdbcFeatureStore store, StageClocks clocks) {
    return CaseEngine.open(
        store.dataSource(), CaseEngine.schemaBeside(store.dataSource()), CaseDesk.taskHook(clocks));
  }

  @Bean
  CaseCategories caseCategories() {
    return CaseCategories.shipped();
  }

  /** Clocks on the rules the admin keeps (办案设置), re-read when they change. */
  @Bean
  StageClocks stageClocks(CaseCategories categories, LiveCaseRules rules, Clock clock) {
    return new StageClocks(rules, categories, clock);
  }

  @Bean
  OverdueEscalator overdueEscalator(
      CaseEngine engine, JdbcFeatureStore store, StageClocks clocks, Clock clock) {
    return new OverdueEscalator(engine, store, clocks, clock);
  }

  @Bean
  CaseDesk caseDesk(
      CaseEngine engine,
      JdbcFeatureStore store,
      AddressEngines addresses,
      StageClocks clocks,
      Clock clock) {
    CaseLocator locator =
        (lon, lat) -> {
          ReverseResult r = addresses.current().reverse(lon, lat, ADDRESS_RADIUS_METRES, 1);
          Optional<String> grid = unit(r, "grid");
          if (grid.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              new CaseLocator.Location(
                  grid.get(),
                  unit(r, "community").orElse(null),
                  unit(r, "town").orElse(null),
                  unit(r, "county").orElse(null),
                  areaName(r),
                  r.nearest().stream().findFirst().map(a -> a.address())));
        };
    return new CaseDesk(engine, store, locator, clocks, clock);
  }

  /** County, street and community names, coarsest first: what a dispatcher reads. */
  private static String areaName(ReverseResult r) {
    return AREA_KINDS.stream()
        .flatMap(kind -> r.containing().stream().filter(u -> u.kind().equals(kind)).limit(1))
        .map(ContainingUnit::name)
        .filter(n -> n != null && !n.isBlank())
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static final List<String> AREA_KINDS = List.of("county", "town", "community");

  private static Optional<String> unit(ReverseResult r, String kind) {
    return r.containing().stream()
        .filter(u -> u.kind().equals(kind))
        .map(ContainingUnit::code)
        .findFirst();
  }
}
