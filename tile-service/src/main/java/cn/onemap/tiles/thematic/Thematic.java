package cn.onemap.tiles.thematic;

import cn.onemap.tiles.style.UserStyle;
import java.util.List;

/**
 * A thematic style made from a layer's data.
 *
 * @param spec what was asked
 * @param style the style, named {@code spec.styleName()}
 * @param classes the legend classes in rule order (heat: the ramp's low and high ends)
 * @param features features read to make it
 * @param truncated whether the layer had more features than were read ({@link
 *     ThematicStyles#MAX_SCAN})
 */
public record Thematic(
    ThematicSpec spec,
    UserStyle style,
    List<ThematicClass> classes,
    long features,
    boolean truncated) {
  public Thematic {
    classes = List.copyOf(classes);
  }
}
