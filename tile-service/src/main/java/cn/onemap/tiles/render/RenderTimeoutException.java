package cn.onemap.tiles.render;

import cn.onemap.tiles.TilesException;
import java.time.Duration;
import java.util.Map;

/** A render ran out of its time budget; code RENDER_TIMEOUT. Nothing partial is returned. */
public class RenderTimeoutException extends TilesException {
  public RenderTimeoutException(Duration budget, String layerId) {
    super(
        "RENDER_TIMEOUT",
        "rendering exceeded its time budget of "
            + budget.toMillis()
            + " ms (at layer '"
            + layerId
            + "')",
        Map.of("layer", layerId, "budgetMillis", budget.toMillis()),
        null);
  }
}
