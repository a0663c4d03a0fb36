package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.sld.SldParser;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.NamedLayer;
import cn.onemap.tiles.style.StyledLayerDescriptor;
import cn.onemap.tiles.style.UserStyle;
import java.util.Optional;

/**
 * Finds the style of one layer of a GetMap / GetLegendGraphic.
 *
 * <ul>
 *   <li>an SLD_BODY NamedLayer whose name is the layer ({@code roads} or {@code onemap:roads})
 *       wins; when the request also names a style, the SLD's user style of that name is used (else
 *       StyleNotDefined);
 *   <li>otherwise an empty style name, {@code default}, or the layer's default style name ({@code
 *       base}, {@code pipeline}, …) gives {@link DefaultStyles#forLayer}; any other name is
 *       StyleNotDefined.
 * </ul>
 *
 * SLD documents go through {@link SldParser} (StAX, no DTD, size limits); their filters are
 * compiled by the renderer's schema-checked {@code AttributeFilter}, nothing is evaluated as code.
 */
final class StyleResolver {
  static final String DEFAULT = "default";

  private final Optional<StyledLayerDescriptor> sld;

  private StyleResolver(Optional<StyledLayerDescriptor> sld) {
    this.sld = sld;
  }

  /** A resolver for a request with an optional SLD_BODY (parsed now: InvalidParameterValue). */
  static StyleResolver of(Optional<String> sldBody) {
    if (sldBody.isEmpty()) {
      return new StyleResolver(Optional.empty());
    }
    try {
      return new StyleResolver(Optional.of(new SldParser().parse(sldBody.get())));
    } catch (TilesException e) {
      throw ServiceException.invalid("sld_body", "SLD_BODY cannot be read: " + e.getMessage());
    }
  }

  /** The layer ids the SLD_BODY names, for a GetMap without LAYERS. */
  java.util.List<String> sldLayerNames() {
    return sld.map(d -> d.layers().stream().map(NamedLayer::name).toList())
        .orElse(java.util.List.of());
  }

  UserStyle style(LayerDefinition layer, String styleName) {
    String name = styleName == null ? "" : styleName.strip();
    Optional<NamedLayer> named =
        sld.flatMap(
            d ->
                d.layers().stream()
                    .filter(
                        l ->
                            l.name().equals(layer.id())
                                || l.name().equals(WmsContext.PREFIX + ":" + layer.id()))
                    .filter(l -> !l.styles().isEmpty())
                    .findFirst());
    if (named.isPresent()) {
      if (name.isEmpty()) {
        return named.get().styles().get(0);
      }
      return named.get().styles().stream()
          .filter(s -> s.name().equals(name))
          .findFirst()
          .orElseThrow(() -> notDefined(layer, name));
    }
    if (name.isEmpty() || name.equalsIgnoreCase(DEFAULT) || name.equals(layer.defaultStyle())) {
      return DefaultStyles.forLayer(layer);
    }
    throw notDefined(layer, name);
  }

  private static ServiceException notDefined(LayerDefinition layer, String name) {
    return WmsErrors.of(
        WmsErrors.STYLE_NOT_DEFINED,
        "styles",
        "style '"
            + WmsErrors.abbreviate(name)
            + "' is not defined for layer '"
            + layer.id()
            + "'; offered: default");
  }
}
