package cn.onemap.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * An alteration of an existing layer: new metadata and attributes to add. Attributes are never
 * dropped, because past versions of features still carry their values (history is never lost);
 * existing attributes keep their type. An empty field leaves the layer's value as it is.
 *
 * @param group the new tree group; a blank string takes the layer out of its group
 */
public record LayerChange(
    Optional<String> title,
    Optional<AccessLevel> accessLevel,
    Optional<String> defaultStyle,
    Optional<String> group,
    List<AttributeDefinition> addAttributes) {

  public LayerChange {
    addAttributes = List.copyOf(addAttributes);
  }

  public static LayerChange addAttributes(AttributeDefinition... attributes) {
    return new LayerChange(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(attributes));
  }

  public static LayerChange retitle(String title) {
    return new LayerChange(
        Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  public static LayerChange accessLevel(AccessLevel level) {
    return new LayerChange(
        Optional.empty(), Optional.of(level), Optional.empty(), Optional.empty(), List.of());
  }

  /** Files the layer under {@code group}; blank: in no group. */
  public static LayerChange regroup(String group) {
    return new LayerChange(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(group), List.of());
  }
}
