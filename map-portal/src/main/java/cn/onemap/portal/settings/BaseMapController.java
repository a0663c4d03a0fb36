package cn.onemap.portal.settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** External base maps for the map page: only what drawing needs (the key inside the tile URL). */
@RestController
@Tag(name = "地图 Map")
class BaseMapController {
  private final ExternalBaseMaps baseMaps;

  BaseMapController(ExternalBaseMaps baseMaps) {
    this.baseMaps = baseMaps;
  }

  /**
   * A base map the page may add to its switch.
   *
   * @param id its id in the switch
   * @param title its name
   * @param grid our tile matrix set its tiles are cut in ({@code c} or {@code w})
   * @param url the tile URL template ({@code {TileMatrix}}, {@code {TileRow}}, {@code {TileCol}})
   */
  record BaseMapView(String id, String title, String grid, String url) {}

  @GetMapping("/api/basemaps")
  @Operation(summary = "External base maps configured by the administrator (empty when none)")
  List<BaseMapView> baseMaps() {
    ExternalBaseMap base = baseMaps.current();
    if (!base.enabled() || base.urlTemplate().isBlank()) {
      return List.of();
    }
    return List.of(new BaseMapView("external", base.title(), base.grid(), base.tileUrlTemplate()));
  }
}
