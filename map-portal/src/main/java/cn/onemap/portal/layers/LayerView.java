package cn.onemap.portal.layers;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.wms.StyleCatalog;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A layer as the API shows it.
 *
 * @param group the layer-tree group (图层分组) an admin filed it under, absent when none
 * @param styles the named styles besides {@code default} (WMS STYLES, WMTS STYLE), by name
 */
record LayerView(
    String id,
    String title,
    String kind,
    String geometryType,
    String accessLevel,
    boolean versioned,
    String defaultStyle,
    List<AttributeView> attributes,
    double[] bbox,
    @JsonInclude(JsonInclude.Include.NON_NULL) String group,
    List<StyleView> styles) {

  /**
   * A named style.
   *
   * @param saved saved through the admin API (editable), not from the deployment's styles directory
   */
  record StyleView(String name, String title, boolean saved) {
    static StyleView of(StyleCatalog.NamedStyle s) {
      return new StyleView(s.name(), s.title(), s.saved());
    }
  }

  /**
   * @param codeList the attribute's code list with its entries, absent (not null) when it has none
   * @param readRole the role needed to read it, absent when every reader of the layer may
   */
  record AttributeView(
      String name,
      String type,
      boolean required,
      String label,
      @JsonInclude(JsonInclude.Include.NON_NULL) CodeListView codeList,
      @JsonInclude(JsonInclude.Include.NON_NULL) String readRole) {}

  static LayerView of(
      LayerDefinition layer,
      double[] bbox,
      Function<String, Optional<CodeList>> codeLists,
      List<StyleCatalog.NamedStyle> styles) {
    return new LayerView(
        layer.id(),
        layer.title(),
        layer.kind().name(),
        layer.geometryType().name(),
        layer.accessLevel().name(),
        layer.versioned(),
        layer.defaultStyle(),
        layer.attributes().stream().map(a -> attribute(a, codeLists)).toList(),
        bbox,
        layer.group().orElse(null),
        styles.stream().map(StyleView::of).toList());
  }

  private static AttributeView attribute(
      AttributeDefinition a, Function<String, Optional<CodeList>> codeLists) {
    CodeListView list =
        a.codeList() == null
            ? null
            : codeLists.apply(a.codeList()).map(CodeListView::of).orElse(null);
    return new AttributeView(
        a.name(), a.type().name(), a.required(), a.label(), list, a.readRole());
  }
}
