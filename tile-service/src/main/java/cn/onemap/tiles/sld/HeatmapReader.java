package cn.onemap.tiles.sld;

import cn.onemap.tiles.style.HeatmapSymbolizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads GeoServer's heat map rendering transformation: a FeatureTypeStyle {@code Transformation}
 * holding {@code ogc:Function name="vec:Heatmap"} whose {@code parameter} functions give {@code
 * radiusPixels} (default 10), optional {@code weightAttr}, and others ({@code data}, {@code
 * pixelsPerCell}, {@code outputBBOX}, … : ignored, the surface is computed per pixel of the
 * request); the rules' {@code RasterSymbolizer} with a {@code ColorMap} (entries' {@code quantity}
 * 0..1 of the image's maximum density, {@code color}, {@code opacity}) and {@code Opacity} becomes
 * a {@link HeatmapSymbolizer}.
 */
final class HeatmapReader {
  static final String FUNCTION = "vec:Heatmap";

  /** The transformation's parameters. */
  record Params(double radiusPx, Optional<String> weightProperty) {}

  private HeatmapReader() {}

  /** The heat map parameters of a FeatureTypeStyle, empty when it has no transformation. */
  static Optional<Params> transformation(XmlElement featureTypeStyle) {
    Optional<XmlElement> t = featureTypeStyle.child("Transformation");
    if (t.isEmpty()) {
      return Optional.empty();
    }
    XmlElement fn =
        t.get()
            .child("Function")
            .orElseThrow(() -> t.get().error("a Transformation needs a Function"));
    String name = fn.attributes().getOrDefault("name", "");
    if (!name.equalsIgnoreCase(FUNCTION) && !name.equalsIgnoreCase("gs:Heatmap")) {
      throw fn.error("unsupported rendering transformation '" + name + "' (only " + FUNCTION + ")");
    }
    Map<String, XmlElement> params = new LinkedHashMap<>();
    for (XmlElement p : fn.all("Function")) {
      if (!"parameter".equals(p.attributes().get("name")) || p.children().isEmpty()) {
        throw p.error("the arguments of " + FUNCTION + " must be parameter functions");
      }
      params.put(p.children().get(0).text(), p);
    }
    double radius =
        Optional.ofNullable(params.get("radiusPixels")).map(HeatmapReader::number).orElse(10.0);
    Optional<String> weight =
        Optional.ofNullable(params.get("weightAttr"))
            .map(HeatmapReader::value)
            .filter(s -> !s.isBlank());
    if (!(radius >= 1) || radius > HeatmapSymbolizer.MAX_RADIUS) {
      throw fn.error("radiusPixels must be 1.." + HeatmapSymbolizer.MAX_RADIUS);
    }
    return Optional.of(new Params(radius, weight));
  }

  /** The heat map a RasterSymbolizer draws under the transformation. */
  static HeatmapSymbolizer symbolizer(XmlElement raster, Params params) {
    XmlElement map =
        raster.child("ColorMap").orElseThrow(() -> raster.error("a heat map needs a ColorMap"));
    List<HeatmapSymbolizer.Stop> stops = new ArrayList<>();
    for (XmlElement e : map.all("ColorMapEntry")) {
      Map<String, String> a = e.attributes();
      if (!a.containsKey("color") || !a.containsKey("quantity")) {
        throw e.error("a ColorMapEntry needs color and quantity");
      }
      try {
        stops.add(
            new HeatmapSymbolizer.Stop(
                Values.number(e, a.get("quantity")),
                cn.onemap.tiles.style.Style.color(a.get("color")),
                a.containsKey("opacity") ? Values.number(e, a.get("opacity")) : 1));
      } catch (IllegalArgumentException ex) {
        throw e.error(ex.getMessage());
      }
    }
    double opacity = raster.child("Opacity").map(Values::number).orElse(1.0);
    try {
      return new HeatmapSymbolizer(params.radiusPx(), params.weightProperty(), stops, opacity);
    } catch (IllegalArgumentException ex) {
      throw map.error(ex.getMessage());
    }
  }

  private static String value(XmlElement parameter) {
    if (parameter.children().size() < 2) {
      throw parameter.error("parameter '" + parameter.children().get(0).text() + "' has no value");
    }
    XmlElement v = parameter.children().get(1);
    if (!v.name().equals("Literal")) {
      throw v.error("heat map parameters must be Literals");
    }
    return v.text();
  }

  private static double number(XmlElement parameter) {
    return Values.number(parameter, value(parameter));
  }
}
