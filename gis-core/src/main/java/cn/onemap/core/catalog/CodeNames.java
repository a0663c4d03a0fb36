package cn.onemap.core.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Chinese names of a layer's coded values, for outputs people read (popups, tables, legends).
 * Machines keep reading the codes: writers add the names beside them (the {@code names} member of
 * GeoJSON features), never in their place. A value outside its list, or an attribute without one,
 * has no name.
 */
public final class CodeNames {
  private final LayerDefinition layer;
  private final Map<String, CodeList> byAttribute = new LinkedHashMap<>();

  private CodeNames(LayerDefinition layer) {
    this.layer = layer;
  }

  /** Resolves the code lists the layer's attributes name; unknown lists give no names. */
  public static CodeNames of(LayerDefinition layer, Function<String, Optional<CodeList>> lists) {
    CodeNames names = new CodeNames(layer);
    for (AttributeDefinition a : layer.attributes()) {
      if (a.codeList() != null) {
        lists.apply(a.codeList()).ifPresent(l -> names.byAttribute.put(a.name(), l));
      }
    }
    return names;
  }

  public boolean isEmpty() {
    return byAttribute.isEmpty();
  }

  public Optional<CodeList> codeList(String attribute) {
    return Optional.ofNullable(byAttribute.get(attribute));
  }

  public Optional<String> name(String attribute, Object value) {
    CodeList list = byAttribute.get(attribute);
    return list == null ? Optional.empty() : list.name(value);
  }

  /** Attribute → name of its value, in schema order, for the coded attributes that have one. */
  public Map<String, String> names(Map<String, Object> attributes) {
    var out = new LinkedHashMap<String, String>();
    for (AttributeDefinition a : layer.attributes()) {
      if (byAttribute.containsKey(a.name()) && attributes.containsKey(a.name())) {
        name(a.name(), attributes.get(a.name())).ifPresent(n -> out.put(a.name(), n));
      }
    }
    return out;
  }
}
