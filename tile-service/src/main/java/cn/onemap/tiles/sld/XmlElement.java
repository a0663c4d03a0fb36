package cn.onemap.tiles.sld;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal read-only element tree (namespace-blind local names) with each element's position, so
 * the SLD mapper can report errors with a line and column (DOM cannot).
 *
 * @param name local name, e.g. "Rule"
 * @param attributes attributes by local name
 * @param text the element's own text, stripped
 * @param children child elements in order
 */
record XmlElement(
    String name,
    Map<String, String> attributes,
    String text,
    List<XmlElement> children,
    int line,
    int column) {

  Optional<XmlElement> child(String localName) {
    return children.stream().filter(c -> c.name.equals(localName)).findFirst();
  }

  List<XmlElement> all(String localName) {
    return children.stream().filter(c -> c.name.equals(localName)).toList();
  }

  Optional<String> childText(String localName) {
    return child(localName).map(XmlElement::text);
  }

  SldParseException error(String message) {
    return new SldParseException(message + " in <" + name + ">", line, column, null);
  }
}
