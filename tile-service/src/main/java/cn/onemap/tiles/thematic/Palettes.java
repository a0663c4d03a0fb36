package cn.onemap.tiles.thematic;

import cn.onemap.tiles.style.HeatmapSymbolizer;
import cn.onemap.tiles.style.Style;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named colour palettes: qualitative ones for categories (Tableau 10, ColorBrewer Set3 and Paired),
 * sequential ones for classes (ColorBrewer 9-class ramps, sampled to the number of classes) and
 * ramps for heat maps. Names are lower-case letters and digits (they appear in style names).
 */
public final class Palettes {
  public static final String DEFAULT_QUALITATIVE = "tableau";
  public static final String DEFAULT_SEQUENTIAL = "ylorrd";
  public static final String DEFAULT_HEAT = "heat";

  private static final Map<String, String[]> QUALITATIVE = new LinkedHashMap<>();
  private static final Map<String, String[]> SEQUENTIAL = new LinkedHashMap<>();
  private static final Map<String, String[][]> HEAT = new LinkedHashMap<>();

  static {
    QUALITATIVE.put(
        "tableau",
        new String[] {
          "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
          "#9C755F", "#BAB0AC"
        });
    QUALITATIVE.put(
        "set3",
        new String[] {
          "#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5",
          "#D9D9D9", "#BC80BD", "#CCEBC5", "#FFED6F"
        });
    QUALITATIVE.put(
        "paired",
        new String[] {
          "#A6CEE3", "#1F78B4", "#B2DF8A", "#33A02C", "#FB9A99", "#E31A1C", "#FDBF6F", "#FF7F00",
          "#CAB2D6", "#6A3D9A", "#FFFF99", "#B15928"
        });
    SEQUENTIAL.put(
        "ylorrd",
        new String[] {
          "#FFFFCC", "#FFEDA0", "#FED976", "#FEB24C", "#FD8D3C", "#FC4E2A", "#E31A1C", "#BD0026",
          "#800026"
        });
    SEQUENTIAL.put(
        "blues",
        new String[] {
          "#F7FBFF", "#DEEBF7", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#08519C",
          "#08306B"
        });
    SEQUENTIAL.put(
        "greens",
        new String[] {
          "#F7FCF5", "#E5F5E0", "#C7E9C0", "#A1D99B", "#74C476", "#41AB5D", "#238B45", "#006D2C",
          "#00441B"
        });
    SEQUENTIAL.put(
        "reds",
        new String[] {
          "#FFF5F0", "#FEE0D2", "#FCBBA1", "#FC9272", "#FB6A4A", "#EF3B2C", "#CB181D", "#A50F15",
          "#67000D"
        });
    SEQUENTIAL.put(
        "purples",
        new String[] {
          "#FCFBFD", "#EFEDF5", "#DADAEB", "#BCBDDC", "#9E9AC8", "#807DBA", "#6A51A3", "#54278F",
          "#3F007D"
        });
    SEQUENTIAL.put(
        "ylgnbu",
        new String[] {
          "#FFFFD9", "#EDF8B1", "#C7E9B4", "#7FCDBB", "#41B6C4", "#1D91C0", "#225EA8", "#253494",
          "#081D58"
        });
    // quantity, colour, opacity
    HEAT.put(
        "heat",
        new String[][] {
          {"0", "#0000FF", "0"},
          {"0.08", "#0000FF", "0.6"},
          {"0.3", "#00FFFF", "0.75"},
          {"0.5", "#00FF00", "0.8"},
          {"0.75", "#FFFF00", "0.9"},
          {"1", "#FF0000", "1"}
        });
    HEAT.put(
        "fire",
        new String[][] {
          {"0", "#FFFFB2", "0"},
          {"0.08", "#FFFFB2", "0.6"},
          {"0.35", "#FECC5C", "0.8"},
          {"0.6", "#FD8D3C", "0.9"},
          {"0.8", "#F03B20", "1"},
          {"1", "#BD0026", "1"}
        });
  }

  private Palettes() {}

  public static Set<String> qualitativeNames() {
    return QUALITATIVE.keySet();
  }

  public static Set<String> sequentialNames() {
    return SEQUENTIAL.keySet();
  }

  public static Set<String> heatNames() {
    return HEAT.keySet();
  }

  /**
   * {@code n} category colours: the palette's colours, then (beyond its length) further hues spaced
   * by the golden angle, so 50 categories still differ.
   */
  public static List<Color> qualitative(String name, int n) {
    String[] base = QUALITATIVE.get(name);
    if (base == null) {
      throw new IllegalArgumentException("unknown qualitative palette '" + name + "'");
    }
    List<Color> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i < base.length) {
        out.add(Style.color(base[i]));
      } else {
        float hue = (float) ((i * 0.618033988749895) % 1.0);
        float sat = 0.45f + 0.3f * ((i / base.length) % 2);
        out.add(Color.getHSBColor(hue, sat, 0.85f));
      }
    }
    return out;
  }

  /** {@code n} colours sampled evenly along a sequential ramp, light to dark. */
  public static List<Color> sequential(String name, int n) {
    String[] ramp = SEQUENTIAL.get(name);
    if (ramp == null) {
      throw new IllegalArgumentException("unknown sequential palette '" + name + "'");
    }
    List<Color> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // skip the palest stop: on a light base map it reads as "no data"
      double t = n == 1 ? 0.6 : 0.12 + 0.88 * i / (n - 1);
      double pos = t * (ramp.length - 1);
      int a = (int) Math.floor(pos);
      int b = Math.min(a + 1, ramp.length - 1);
      out.add(mix(Style.color(ramp[a]), Style.color(ramp[b]), pos - a));
    }
    return out;
  }

  /** The heat map ramp of that name. */
  public static List<HeatmapSymbolizer.Stop> heat(String name) {
    String[][] stops = HEAT.get(name);
    if (stops == null) {
      throw new IllegalArgumentException("unknown heat map palette '" + name + "'");
    }
    List<HeatmapSymbolizer.Stop> out = new ArrayList<>();
    for (String[] s : stops) {
      out.add(
          new HeatmapSymbolizer.Stop(
              Double.parseDouble(s[0]), Style.color(s[1]), Double.parseDouble(s[2])));
    }
    return out;
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }
}
