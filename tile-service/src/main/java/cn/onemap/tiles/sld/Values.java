package cn.onemap.tiles.sld;

import cn.onemap.tiles.style.Style;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/** Value parsing for SLD parameters, with the element's position on error. */
final class Values {
  private Values() {}

  /**
   * The CssParameter (SLD 1.0) / SvgParameter (SE 1.1) values of an element, by name. A value is
   * the element's text or its single {@code ogc:Literal} child.
   */
  static Map<String, XmlElement> parameters(XmlElement e) {
    Map<String, XmlElement> out = new HashMap<>();
    for (XmlElement c : e.children()) {
      if (c.name().equals("CssParameter") || c.name().equals("SvgParameter")) {
        String name = c.attributes().get("name");
        if (name == null) {
          throw c.error("parameter without a name attribute");
        }
        out.put(name, c);
      }
    }
    return out;
  }

  /** The literal text of a value element (its text or its Literal child); PropertyName refused. */
  static String text(XmlElement e) {
    if (e.child("PropertyName").isPresent() || e.child("Function").isPresent()) {
      throw e.error("only literal values are supported here");
    }
    return e.child("Literal").map(XmlElement::text).orElse(e.text());
  }

  static double number(XmlElement e, String text) {
    try {
      double v = Double.parseDouble(text.strip());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException ex) {
      throw e.error("'" + text + "' is not a number");
    }
  }

  static double number(XmlElement e) {
    return number(e, text(e));
  }

  static Color color(XmlElement e) {
    try {
      return Style.color(text(e));
    } catch (IllegalArgumentException ex) {
      throw e.error(ex.getMessage());
    }
  }

  static float[] dashes(XmlElement e) {
    String[] parts = text(e).strip().split("[\\s,]+");
    float[] out = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = (float) number(e, parts[i]);
    }
    return out;
  }
}
