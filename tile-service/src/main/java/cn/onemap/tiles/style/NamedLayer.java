package cn.onemap.tiles.style;

import java.util.List;
import java.util.Objects;

/**
 * An SLD NamedLayer: the layer it styles (a catalog layer id) and its user styles.
 *
 * @param name layer name as written in the document
 * @param styles user styles in document order
 */
public record NamedLayer(String name, List<UserStyle> styles) {
  public NamedLayer {
    Objects.requireNonNull(name, "name");
    styles = List.copyOf(styles);
  }
}
