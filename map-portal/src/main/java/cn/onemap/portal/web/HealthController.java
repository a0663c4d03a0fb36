package cn.onemap.portal.web;

import cn.onemap.core.store.FeatureStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness for load balancers and operators. */
@RestController
@Tag(name = "系统 System")
class HealthController {
  private final FeatureStore store;

  HealthController(FeatureStore store) {
    this.store = store;
  }

  /** Store reachable and the catalog readable. */
  record Health(String status, String backend, int layers) {}

  @GetMapping("/api/health")
  @Operation(summary = "Health: the store answers and how many layers its catalog holds")
  Health health() {
    return new Health("UP", store.backend(), store.layers().size());
  }
}
