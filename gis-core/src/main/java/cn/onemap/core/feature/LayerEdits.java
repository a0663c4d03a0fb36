package cn.onemap.core.feature;

import java.util.List;
import java.util.Objects;

/**
 * The edits of one layer inside a batch that spans several layers (a WFS transaction touching
 * several feature types).
 */
public record LayerEdits(String layerId, List<FeatureEdit> edits) {
  public LayerEdits {
    Objects.requireNonNull(layerId, "layerId");
    edits = List.copyOf(edits);
  }
}
