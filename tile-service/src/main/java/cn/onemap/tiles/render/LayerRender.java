package cn.onemap.tiles.render;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.tiles.style.UserStyle;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.geotools.api.filter.Filter;

/**
 * One layer of a render request, drawn in list order (first = bottom).
 *
 * @param layer the catalog layer to read
 * @param style how to draw it (e.g. {@code DefaultStyles.forLayer(layer)} or a parsed SLD)
 * @param filter extra filter sent to the store with the bbox (WMS CQL_FILTER / FILTER)
 * @param asOf draw the layer as it was at this instant (versioned layers); empty = now
 */
public record LayerRender(
    LayerDefinition layer, UserStyle style, Optional<Filter> filter, Optional<Instant> asOf) {
  public LayerRender {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(asOf, "asOf");
  }

  public static LayerRender of(LayerDefinition layer, UserStyle style) {
    return new LayerRender(layer, style, Optional.empty(), Optional.empty());
  }
}
