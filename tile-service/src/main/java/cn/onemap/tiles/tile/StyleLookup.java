package cn.onemap.tiles.tile;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.UserStyle;
import java.util.Optional;

/**
 * Finds a layer's style by name. The portal hands tile-service one backed by ogc-services'
 * StyleCatalog (the same named styles as WMS); {@link #defaults()} knows only the default styles.
 */
@FunctionalInterface
public interface StyleLookup {
  /**
   * The style of that name for the layer, empty when the layer has none of that name. {@value
   * TileKey#DEFAULT_STYLE} and the layer's own default style name must give its default style.
   */
  Optional<UserStyle> style(LayerDefinition layer, String name);

  /** Forget what was read of named styles (another node changed a layer's styles). */
  default void refresh() {}

  /** Only the default style ({@code default} or the layer's default style name). */
  static StyleLookup defaults() {
    return (layer, name) ->
        isDefault(layer, name) ? Optional.of(DefaultStyles.forLayer(layer)) : Optional.empty();
  }

  /** Whether a style name means the layer's default style. */
  static boolean isDefault(LayerDefinition layer, String name) {
    return name == null
        || name.isBlank()
        || name.equals(TileKey.DEFAULT_STYLE)
        || name.equals(layer.defaultStyle());
  }

  /** This lookup, falling back to the default style for the default names. */
  default StyleLookup orDefaults() {
    StyleLookup self = this;
    return new StyleLookup() {
      @Override
      public Optional<UserStyle> style(LayerDefinition layer, String name) {
        return self.style(layer, name)
            .or(
                () ->
                    isDefault(layer, name)
                        ? Optional.of(DefaultStyles.forLayer(layer))
                        : Optional.empty());
      }

      @Override
      public void refresh() {
        self.refresh();
      }
    };
  }
}
