package cn.onemap.portal.layers;

import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.TextSearch;
import cn.onemap.portal.security.LayerAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Features found by attribute text (a case number, a part code, a building or road name) across the
 * layers the caller may read, for the search box: lookups in the store's search index, restricted
 * BEFORE ranking to the layers and attributes the caller may read. Address layers are left to the
 * geocoder.
 */
@RestController
@Tag(name = "图层 Layers")
class SearchController {
  /** The most results returned. */
  static final int MAX_RESULTS = 50;

  private final TextSearch search;
  private final LayerAccess access;

  SearchController(FeatureStore store, LayerAccess access) {
    this.search = new TextSearch(store);
    this.access = access;
  }

  /**
   * @param featureId the first feature with this value
   * @param featureIds every feature of the layer found with this value (the segments of one road)
   * @param attribute the attribute that matched, with its label
   * @param match {@code exact}, {@code prefix} or {@code inside}
   * @param bbox the extent of all of them, minLon,minLat,maxLon,maxLat (EPSG:4490)
   */
  record HitView(
      String layerId,
      String layerTitle,
      String featureId,
      List<String> featureIds,
      String attribute,
      String attributeLabel,
      String value,
      String match,
      double[] bbox) {}

  private static final List<String> MATCHES = List.of("exact", "prefix", "inside");

  record SearchView(String q, List<HitView> results) {}

  @GetMapping("/api/search")
  @Operation(
      summary =
          "Features whose searched attributes (names, codes, case numbers, part and parcel"
              + " codes) match q: the whole value, its beginning, or inside a Chinese name;"
              + " ranked across all readable layers, then cut to limit. The features of one"
              + " layer with the same value (the segments of one road) are one result",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "exact matches, then prefixes, then the rest; then by layer priority"),
        @ApiResponse(responseCode = "400", description = "q empty or over 100 characters")
      })
  SearchView search(
      @Parameter(description = "the text, 1..100 characters") @RequestParam String q,
      @Parameter(description = "most results (1..50, default 10)")
          @RequestParam(defaultValue = "10")
          int limit) {
    if (limit < 1 || limit > MAX_RESULTS) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_RESULTS);
    }
    List<HitView> hits =
        search.search(searchedLayers(), q, limit).stream()
            .map(
                h ->
                    new HitView(
                        h.layer().id(),
                        h.layer().title(),
                        h.feature().id(),
                        h.featureIds(),
                        h.attribute(),
                        h.layer().attribute(h.attribute()).map(a -> a.label()).orElse(null),
                        h.value(),
                        MATCHES.get(h.rank()),
                        h.extent() == null ? null : bbox(h.extent())))
            .toList();
    return new SearchView(q.strip(), hits);
  }

  /** Readable layers but the address ones, which the geocoder searches (with its own index). */
  private List<cn.onemap.core.catalog.LayerDefinition> searchedLayers() {
    return access.readableLayers().stream().filter(l -> l.kind() != LayerKind.ADDRESS).toList();
  }

  private static double[] bbox(Envelope e) {
    return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
  }
}
