package cn.onemap.portal.geocode;

import cn.onemap.address.AddressEngine;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.LayerAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Single-address geocoding and reverse geocoding. Open to anonymous callers (the standard-address
 * registry is public information), who are rate-limited per IP ({@link AnonymousRateLimit}); the
 * unit grid of a point is shown only to callers who may read the grid layer.
 */
@RestController
@Tag(name = "地址匹配 Geocoding")
class GeocodeController {
  private final AddressEngines engines;
  private final LayerAccess access;
  private final FeatureStore store;

  GeocodeController(AddressEngines engines, LayerAccess access, FeatureStore store) {
    this.engines = engines;
    this.access = access;
    this.store = store;
  }

  @GetMapping("/api/geocode")
  @Operation(
      summary =
          "Geocode an address text: standard-address candidates best first, with level,"
              + " confidence and the matched parts")
  @ApiResponse(responseCode = "400", description = "empty, too long (> 500 characters) or binary")
  @ApiResponse(responseCode = "429", description = "anonymous rate limit exceeded")
  GeocodeViews.Geocoded geocode(
      @Parameter(description = "the address, e.g. 广东省梅州市梅江区彬芳大道12号") @RequestParam String q,
      @Parameter(description = "most candidates, 1–20") @RequestParam(defaultValue = "5")
          int limit) {
    return GeocodeViews.Geocoded.of(engines.current().geocode(q, limit));
  }

  @GetMapping("/api/reverse-geocode")
  @Operation(
      summary =
          "Reverse geocode a CGCS2000 point: the nearest standard addresses within the radius and"
              + " the county, town, community and unit grid containing it")
  @ApiResponse(responseCode = "400", description = "x/y not numbers or outside the world")
  @ApiResponse(responseCode = "429", description = "anonymous rate limit exceeded")
  GeocodeViews.Reversed reverse(
      @Parameter(description = "longitude (EPSG:4490)") @RequestParam double x,
      @Parameter(description = "latitude (EPSG:4490)") @RequestParam double y,
      @Parameter(description = "search radius in metres, up to 5000")
          @RequestParam(defaultValue = "100")
          double radius,
      @Parameter(description = "most addresses, 1–20") @RequestParam(defaultValue = "5")
          int limit) {
    AddressEngine engine = engines.current();
    var result = engine.reverse(x, y, radius, limit);
    boolean grid =
        store
            .layer(engine.options().gridLayer())
            .map(l -> access.canRead(Callers.current(), l))
            .orElse(false);
    return GeocodeViews.Reversed.of(result, grid);
  }

  /**
   * What the engine holds.
   *
   * @param state READY or UNAVAILABLE
   * @param reason why it is unavailable
   */
  record EngineStatus(
      String state,
      String reason,
      Long addresses,
      Integer streets,
      Integer formerStreetNames,
      Integer divisions,
      Integer aliases,
      Double loadSeconds,
      Instant loadedAt,
      long builds) {}

  @GetMapping("/api/geocode/engine")
  @Operation(summary = "State of the address engine: what it loaded, when, and learned aliases")
  EngineStatus engine() {
    return engines
        .ready()
        .map(
            e -> {
              var info = e.info();
              return new EngineStatus(
                  "READY",
                  null,
                  info.addresses(),
                  info.streets(),
                  info.formerNames(),
                  info.divisions(),
                  info.aliases(),
                  info.loadTime().toMillis() / 1000.0,
                  engines.loadedAt().orElse(null),
                  engines.generation());
            })
        .orElseGet(
            () ->
                new EngineStatus(
                    "UNAVAILABLE",
                    engines.unavailableReason().orElse(null),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    engines.generation()));
  }

  @PostMapping("/api/geocode/engine/refresh")
  @Operation(
      summary =
          "Rebuild the address engine from the store now (EDITOR); changes are otherwise picked up"
              + " after imports and by a periodic check")
  EngineStatus refresh() {
    engines.build();
    return engine();
  }
}
