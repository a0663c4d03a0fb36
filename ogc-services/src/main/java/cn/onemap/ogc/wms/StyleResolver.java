package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.sld.SldParser;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.NamedLayer;
import cn.onemap.tiles.style.StyledLayerDescriptor;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.thematic.Thematic;
import cn.onemap.tiles.thematic.ThematicException;
import cn.onemap.tiles.thematic.ThematicSpec;
import cn.onemap.tiles.thematic.ThematicStyles;
import java.util.Optional;

/**
 * Finds the style of one layer of a GetMap / GetLegendGraphic.
 *
 * <ul>
 *   <li>an SLD_BODY NamedLayer whose name is the layer ({@code roads} or {@code onemap:roads})
 *       wins; when the request also names a style, the SLD's user style of that name is used (else
 *       StyleNotDefined);
 *   <li>otherwise an empty style name, {@code default}, or the layer's default style name gives
 *       {@link StyleCatalog#defaultStyle} (a saved style when the default names one, else {@link
 *       DefaultStyles#forLayer}); a name from the {@link StyleCatalog} gives that style; a thematic
 *       name ({@code thematic-category-landuse_code-tableau}, see {@link ThematicSpec}) gives the
 *       style {@link ThematicStyles} makes from the layer's data; any other name is
 *       StyleNotDefined.
 * </ul>
 *
 * SLD documents go through {@link SldParser} (StAX, no DTD, size limits); their filters are
 * compiled by the renderer's schema-checked {@code AttributeFilter}, nothing is evaluated as code.
 */
final class StyleResolver {
  static final String DEFAULT = "default";

  private final Optional<StyledLayerDescriptor> sld;
  private final StyleCatalog catalog;
  private final ThematicStyles thematic;
  private final Optional<java.time.Instant> time;

  private StyleResolver(
      Optional<StyledLayerDescriptor> sld,
      StyleCatalog catalog,
      ThematicStyles thematic,
      Optional<java.time.Instant> time) {
    this.sld = sld;
    this.catalog = catalog;
    this.thematic = thematic;
    this.time = time;
  }

  /**
   * A resolver for a request's SLD_BODY or SLD (a URL, fetched only from allow-listed hosts by
   * {@link RemoteSld}); documents are parsed now (InvalidParameterValue when unreadable).
   */
  static StyleResolver of(OgcRequest r, WmsContext ctx) {
    Optional<String> body = r.param("SLD_BODY");
    Optional<String> url = r.param("SLD");
    if (body.isPresent() && url.isPresent()) {
      throw ServiceException.invalid("sld", "give SLD or SLD_BODY, not both");
    }
    String locator = body.isPresent() ? "sld_body" : "sld";
    Optional<String> doc =
        body.or(() -> url.map(u -> RemoteSld.fetch(u, ctx.config().sldAllowedHosts())));
    // A thematic style is classified by the features of the request's TIME, as they are drawn.
    Optional<java.time.Instant> time = TimeParam.parse(r.param("TIME"));
    if (doc.isEmpty()) {
      return new StyleResolver(Optional.empty(), ctx.styles(), ctx.thematic(), time);
    }
    try {
      return new StyleResolver(
          Optional.of(new SldParser().parse(doc.get())), ctx.styles(), ctx.thematic(), time);
    } catch (TilesException e) {
      throw ServiceException.invalid(
          locator, locator.toUpperCase() + " cannot be read: " + e.getMessage());
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
      return catalog.defaultStyle(layer);
    }
    if (ThematicSpec.isThematic(name)) {
      try {
        return thematic
            .byName(layer, name, time)
            .map(Thematic::style)
            .orElseThrow(() -> notDefined(layer, name));
      } catch (ThematicException e) {
        throw WmsErrors.of(
            WmsErrors.STYLE_NOT_DEFINED,
            "styles",
            "thematic style '" + WmsErrors.abbreviate(name) + "': " + e.getMessage());
      }
    }
    return catalog
        .style(layer.id(), name)
        .map(StyleCatalog.NamedStyle::style)
        .orElseThrow(() -> notDefined(layer, name));
  }

  private ServiceException notDefined(LayerDefinition layer, String name) {
    var offered = new java.util.ArrayList<String>(java.util.List.of(DEFAULT));
    catalog.styles(layer.id()).forEach(s -> offered.add(s.name()));
    return WmsErrors.of(
        WmsErrors.STYLE_NOT_DEFINED,
        "styles",
        "style '"
            + WmsErrors.abbreviate(name)
            + "' is not defined for layer '"
            + layer.id()
            + "'; offered: "
            + String.join(", ", offered));
  }
}
