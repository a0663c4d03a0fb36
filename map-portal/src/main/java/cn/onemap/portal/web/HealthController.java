package cn.onemap.portal.web;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.config.StartupStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness and readiness for load balancers, scripts and the map page. */
@RestController
@Tag(name = "系统 System")
class HealthController {
  private final FeatureStore store;
  private final StartupStatus startup;

  HealthController(FeatureStore store, StartupStatus startup) {
    this.store = store;
    this.startup = startup;
  }

  /** UP, or LOADING while the first start generates the sample city (with its current step). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Health(String status, String backend, int layers, String step) {}

  @GetMapping("/api/health")
  @Operation(
      summary =
          "Health: UP (200) once the catalog is complete; LOADING (503) while the sample city is"
              + " generated on a first start")
  @ApiResponse(responseCode = "503", description = "still loading, or the first-start load failed")
  ResponseEntity<Health> health() {
    StartupStatus.State state = startup.state();
    var body =
        new Health(
            state.name(), store.backend(), store.layers().size(), startup.step().orElse(null));
    return ResponseEntity.status(
            state == StartupStatus.State.UP ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .body(body);
  }
}
