package cn.onemap.tiles.sld;

import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.NamedLayer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.StyledLayerDescriptor;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.UserStyle;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geotools.api.filter.Filter;

/**
 * Reads SLD 1.0.0 and SLD 1.1.0 / SE 1.1 documents into {@link StyledLayerDescriptor}. The root may
 * be {@code StyledLayerDescriptor}, a bare {@code UserStyle} or an SE {@code FeatureTypeStyle}.
 * {@code NamedLayer} and {@code UserLayer} are both read as named layers. Thread-safe.
 *
 * <p>Limits (constructor; defaults 1 MiB, 20,000 elements, depth 64) guard against hostile
 * documents; DOCTYPEs are refused. Every error is an {@link SldParseException} with a position.
 */
public final class SldParser {
  public static final long DEFAULT_MAX_BYTES = 1 << 20;
  public static final int DEFAULT_MAX_ELEMENTS = 20_000;
  public static final int DEFAULT_MAX_DEPTH = 64;

  private final XmlReader xml;

  public SldParser() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_DEPTH);
  }

  public SldParser(long maxBytes, int maxElements, int maxDepth) {
    this.xml = new XmlReader(maxBytes, maxElements, maxDepth);
  }

  /** Parses a document from a stream (the caller closes it). */
  public StyledLayerDescriptor parse(InputStream in) {
    XmlElement root = xml.read(in);
    return switch (root.name()) {
      case "StyledLayerDescriptor" -> new StyledLayerDescriptor(layers(root));
      case "UserStyle" ->
          new StyledLayerDescriptor(List.of(new NamedLayer("", List.of(style(root)))));
      case "FeatureTypeStyle", "CoverageStyle" ->
          new StyledLayerDescriptor(
              List.of(
                  new NamedLayer(
                      "",
                      List.of(
                          new UserStyle(
                              root.childText("Name").orElse("style"),
                              "",
                              List.of(featureTypeStyle(root)))))));
      default -> throw root.error("not a style document: root element is " + root.name());
    };
  }

  /** Parses a document held in a string. */
  public StyledLayerDescriptor parse(String document) {
    return parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  /** The first user style of a document (what a single-style SLD file holds). */
  public UserStyle parseStyle(InputStream in) {
    StyledLayerDescriptor sld = parse(in);
    return sld.firstStyle()
        .orElseThrow(() -> new SldParseException("the document holds no UserStyle", 1, 1, null));
  }

  private List<NamedLayer> layers(XmlElement root) {
    List<NamedLayer> out = new ArrayList<>();
    for (XmlElement l : root.children()) {
      if (l.name().equals("NamedLayer") || l.name().equals("UserLayer")) {
        String name = l.childText("Name").orElse("");
        out.add(new NamedLayer(name, l.all("UserStyle").stream().map(this::style).toList()));
      }
    }
    if (out.isEmpty()) {
      throw root.error("no NamedLayer or UserLayer");
    }
    return out;
  }

  private UserStyle style(XmlElement s) {
    List<FeatureTypeStyle> passes =
        s.children().stream()
            .filter(c -> c.name().equals("FeatureTypeStyle"))
            .map(this::featureTypeStyle)
            .toList();
    if (passes.isEmpty()) {
      throw s.error("a UserStyle needs at least one FeatureTypeStyle");
    }
    return new UserStyle(s.childText("Name").orElse("style"), title(s), passes);
  }

  private FeatureTypeStyle featureTypeStyle(XmlElement f) {
    Optional<HeatmapReader.Params> heat = HeatmapReader.transformation(f);
    List<Rule> rules = f.all("Rule").stream().map(r -> rule(r, heat)).toList();
    if (rules.isEmpty()) {
      throw f.error("a FeatureTypeStyle needs at least one Rule");
    }
    return new FeatureTypeStyle(rules);
  }

  private Rule rule(XmlElement r, Optional<HeatmapReader.Params> heat) {
    Optional<Filter> filter = r.child("Filter").map(FilterReader::filter);
    boolean elseFilter = r.child("ElseFilter").isPresent();
    if (elseFilter && filter.isPresent()) {
      throw r.error("a Rule cannot have both Filter and ElseFilter");
    }
    double min = r.child("MinScaleDenominator").map(e -> Values.number(e, e.text())).orElse(0.0);
    double max =
        r.child("MaxScaleDenominator")
            .map(e -> Values.number(e, e.text()))
            .orElse(Double.POSITIVE_INFINITY);
    List<Symbolizer> symbolizers = new ArrayList<>();
    for (XmlElement c : r.children()) {
      if (heat.isPresent() && c.name().equals("RasterSymbolizer")) {
        symbolizers.add(HeatmapReader.symbolizer(c, heat.get()));
      } else {
        SymbolizerReader.read(c).ifPresent(symbolizers::add);
      }
    }
    try {
      return new Rule(
          r.childText("Name").orElse(""), title(r), filter, elseFilter, min, max, symbolizers);
    } catch (IllegalArgumentException e) {
      throw new SldParseException(e.getMessage(), r.line(), r.column(), e);
    }
  }

  /** SLD 1.0 has Title directly; SE 1.1 nests it in Description. */
  private static String title(XmlElement e) {
    return e.childText("Title")
        .or(() -> e.child("Description").flatMap(d -> d.childText("Title")))
        .orElse("");
  }
}
