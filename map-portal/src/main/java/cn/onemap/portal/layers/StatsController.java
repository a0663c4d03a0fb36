package cn.onemap.portal.layers;

import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.Aggregate;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.security.LayerAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counts and sums of a layer's features by category (SQL GROUP BY in the store), for charts: the
 * same bbox / filter / ids / asOf as the features endpoint, so a chart shows what a table lists.
 */
@RestController
@Tag(name = "图层 Layers")
class StatsController {
  private final FeatureStore store;
  private final LayerAccess access;

  StatsController(FeatureStore store, LayerAccess access) {
    this.store = store;
    this.access = access;
  }

  /** One category: its value, the value's code-list name if any, the count and the sum. */
  record GroupView(Object key, String name, long count, Double sum) {}

  /**
   * @param groupCount the number of groups before the cut to {@code limit}
   */
  record StatsView(
      String layer,
      String groupBy,
      String sum,
      long total,
      long groupCount,
      List<GroupView> groups) {}

  @GetMapping("/api/layers/{layerId}/stats")
  @Operation(
      summary = "Counts (and sums of a numeric attribute) of the matching features by category",
      responses = {
        @ApiResponse(responseCode = "200", description = "the groups, largest count first"),
        @ApiResponse(
            responseCode = "400",
            description = "unknown or unsuitable attribute, bad bbox/filter"),
        @ApiResponse(responseCode = "403", description = "the layer is not readable"),
        @ApiResponse(responseCode = "404", description = "no such layer")
      })
  StatsView stats(
      @PathVariable String layerId,
      @Parameter(description = "the category attribute") @RequestParam String groupBy,
      @Parameter(description = "a numeric attribute summed per category")
          @RequestParam(required = false)
          String sum,
      @Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam(required = false)
          String bbox,
      @Parameter(description = "ECQL, as for the features") @RequestParam(required = false)
          String filter,
      @Parameter(description = "only these feature ids (a selection)")
          @RequestParam(required = false)
          String ids,
      @RequestParam(required = false) String asOf,
      @Parameter(description = "most categories returned (1..500, default 50)")
          @RequestParam(defaultValue = "50")
          int limit) {
    LayerDefinition layer = access.requireReadable(layerId);
    if (limit < 1 || limit > Aggregate.MAX_GROUPS) {
      throw new IllegalArgumentException("limit must be 1.." + Aggregate.MAX_GROUPS);
    }
    FeatureQuery query = FeatureRequest.query(layer, bbox, filter, asOf, null, ids).build();
    Optional<String> summed = Optional.ofNullable(sum).filter(s -> !s.isBlank());
    Aggregate.Result r = store.aggregate(new Aggregate(query, groupBy, summed, limit));
    CodeNames names = CodeNames.of(layer, store::codeList);
    List<GroupView> groups =
        r.groups().stream()
            .map(
                g ->
                    new GroupView(
                        g.key(),
                        g.key() == null ? null : names.name(groupBy, g.key()).orElse(null),
                        g.count(),
                        g.sum().orElse(summed.isPresent() ? 0.0 : null)))
            .toList();
    return new StatsView(layerId, groupBy, summed.orElse(null), r.total(), r.groupCount(), groups);
  }
}
