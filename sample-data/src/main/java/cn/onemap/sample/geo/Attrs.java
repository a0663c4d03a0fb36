package cn.onemap.sample.geo;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an attribute map in insertion order, leaving out empty optional values. */
public final class Attrs {
  private final Map<String, Object> map = new LinkedHashMap<>();

  public static Attrs of() {
    return new Attrs();
  }

  public Attrs put(String name, Object value) {
    if (value != null) {
      map.put(name, value);
    }
    return this;
  }

  public Map<String, Object> map() {
    return map;
  }
}
