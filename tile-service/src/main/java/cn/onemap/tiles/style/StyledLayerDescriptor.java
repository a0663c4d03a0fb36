package cn.onemap.tiles.style;

import java.util.List;
import java.util.Optional;

/**
 * A parsed SLD document: its named layers in document order.
 *
 * @param layers the NamedLayer elements
 */
public record StyledLayerDescriptor(List<NamedLayer> layers) {
  public StyledLayerDescriptor {
    layers = List.copyOf(layers);
  }

  /** The first user style of the layer with this name, or of the first layer when name is null. */
  public Optional<UserStyle> style(String layerName) {
    return layers.stream()
        .filter(l -> layerName == null || l.name().equals(layerName))
        .flatMap(l -> l.styles().stream())
        .findFirst();
  }

  /** The document's first style (what a single-layer SLD file holds). */
  public Optional<UserStyle> firstStyle() {
    return style(null);
  }
}
