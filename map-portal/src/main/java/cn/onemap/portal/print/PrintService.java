package cn.onemap.portal.print;

import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.print.LayeredMap;
import cn.onemap.ogc.print.LegendItem;
import cn.onemap.ogc.print.Paper;
import cn.onemap.ogc.print.PrintCrs;
import cn.onemap.ogc.print.PrintException;
import cn.onemap.ogc.print.PrintFormat;
import cn.onemap.ogc.print.PrintOp;
import cn.onemap.ogc.print.PrintSpec;
import cn.onemap.ogc.wms.LegendImages;
import cn.onemap.ogc.wms.TimeParam;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.LayerAccess;
import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.render.MapRenderer;
import cn.onemap.tiles.render.RenderLimits;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.tile.ImageryStyle;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.StyleSplit;
import cn.onemap.tiles.tile.Tilesets;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;

/**
 * Turns a {@link PrintRequest} into a print: checks every field (a {@link PrintException} names the
 * bad one), resolves the layers through {@link LayerAccess} (an unreadable layer is not found, base
 * layers the caller cannot read are left out of the base map), draws them with the tiles' styles
 * (the map on screen) as of the asked time, and adds each asked layer's legend.
 */
@Service
class PrintService {
  static final int MAX_LAYERS = 30;
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** A print's map may take longer than a WMS image, but not for ever. */
  static final RenderLimits LIMITS = RenderLimits.DEFAULT.withTimeBudget(Duration.ofSeconds(120));

  private final FeatureStore store;
  private final LayerAccess access;
  private final StyleLookup styles;
  private final Tilesets tilesets;
  private final MapRenderer renderer;

  PrintService(FeatureStore store, LayerAccess access, StyleLookup styles, Tilesets tilesets) {
    this.store = store;
    this.access = access;
    this.styles = styles;
    this.tilesets = tilesets;
    this.renderer = new MapRenderer(store);
  }

  /** A checked request: the page and what the map draws. */
  record Prepared(PrintSpec spec, LayeredMap map, List<LegendItem> legends) {}

  Prepared prepare(PrintRequest r) {
    PrintCrs crs = PrintCrs.parse(r.crs() == null ? "EPSG:4490" : r.crs());
    Paper paper = Paper.parse(r.paper() == null ? "A4" : r.paper());
    boolean landscape = landscape(r.orientation());
    int dpi = r.dpi() == null ? 150 : r.dpi();
    PrintFormat format = PrintFormat.parse(r.format() == null ? "pdf" : r.format());
    Envelope bbox = bbox(r, crs, paper, landscape);
    Optional<Instant> asOf = asOf(r.asOf());
    PrintSpec spec =
        new PrintSpec(
            r.title(),
            paper,
            landscape,
            dpi,
            format,
            crs,
            bbox,
            asOf.map(t -> r.asOf().strip()).orElse(null),
            LocalDate.now(BEIJING).toString(),
            null);

    List<LayerDefinition> asked = layers(r);
    boolean imagery = imagery(r.basemapStyle());
    List<LayerDefinition> base = new ArrayList<>();
    if (!Boolean.FALSE.equals(r.basemap())) {
      var caller = Callers.current();
      tilesets.find(Tilesets.BASEMAP).stream()
          .flatMap(t -> t.layers().stream())
          .filter(l -> access.canRead(caller, l))
          .filter(l -> !asked.contains(l))
          .forEach(base::add);
    }
    // As on screen: the base map without labels, the layers, then the base map's labels on top.
    List<LayeredMap.Part> parts = new ArrayList<>();
    for (LayerDefinition l : base) {
      UserStyle style = style(l);
      StyleSplit.withoutLabels(imagery ? ImageryStyle.of(style) : style)
          .ifPresent(s -> parts.add(new LayeredMap.Part(render(l, s, asOf), 1)));
    }
    List<LegendItem> legends = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      LayerDefinition layer = asked.get(i);
      PrintRequest.PrintLayer asking = r.layers().get(i);
      double opacity = opacity(asking.opacity());
      LayerRender render = render(layer, style(layer, asking.style()), asOf);
      parts.add(new LayeredMap.Part(render, opacity));
      // drawn at the page's dpi, as the map is
      double legendScale = dpi / LegendItem.PX_PER_INCH;
      legends.add(
          new LegendItem(
              layer.title(),
              LegendImages.of(
                  render.style(),
                  layer.title(),
                  CodeNames.of(layer, store::codeList),
                  20,
                  legendScale),
              dpi));
    }
    if (!Boolean.FALSE.equals(r.labels())) {
      for (LayerDefinition l : base) {
        StyleSplit.labelsOnly(style(l))
            .ifPresent(s -> parts.add(new LayeredMap.Part(render(l, s, asOf), 1)));
      }
    }
    // The legend lists the topmost layer first, as the layer tree does.
    java.util.Collections.reverse(legends);
    Color ground = imagery ? ImageryStyle.GROUND : Color.WHITE;
    return new Prepared(spec, new LayeredMap(renderer, parts, crs.code(), LIMITS, ground), legends);
  }

  PrintOp.Printed print(Prepared p, DoubleConsumer progress) {
    return PrintOp.print(p.spec(), p.map(), p.legends(), progress);
  }

  /** The layer's default style as the tiles draw it. */
  private UserStyle style(LayerDefinition layer) {
    return styles.style(layer, "default").orElseGet(() -> DefaultStyles.forLayer(layer));
  }

  /** The named style the page draws the layer in (its default when none is named). */
  private UserStyle style(LayerDefinition layer, String name) {
    if (name == null || name.isBlank()) {
      return style(layer);
    }
    return styles
        .style(layer, name.strip())
        .orElseThrow(
            () ->
                PrintException.invalid(
                    "style", "layer '" + layer.id() + "' has no style '" + name.strip() + "'"));
  }

  private static LayerRender render(
      LayerDefinition layer, UserStyle style, Optional<Instant> asOf) {
    return new LayerRender(
        layer, style, Optional.empty(), layer.versioned() ? asOf : Optional.empty());
  }

  private static boolean imagery(String basemapStyle) {
    String s = basemapStyle == null ? "vector" : basemapStyle.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "vector" -> false;
      case "imagery" -> true;
      default ->
          throw PrintException.invalid(
              "basemapStyle", "basemapStyle must be vector or imagery, was '" + basemapStyle + "'");
    };
  }

  private List<LayerDefinition> layers(PrintRequest r) {
    List<PrintRequest.PrintLayer> asked = r.layers() == null ? List.of() : r.layers();
    if (asked.size() > MAX_LAYERS) {
      throw PrintException.invalid(
          "layers", "at most " + MAX_LAYERS + " layers are printed, " + asked.size() + " asked");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<LayerDefinition> out = new ArrayList<>();
    for (PrintRequest.PrintLayer l : asked) {
      if (l == null || l.id() == null || !l.id().matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
        throw PrintException.invalid("layers", "every layer needs an id such as roads");
      }
      if (!seen.add(l.id())) {
        throw PrintException.invalid("layers", "layer '" + l.id() + "' is listed twice");
      }
      out.add(access.requireReadable(l.id()));
    }
    return out;
  }

  private static double opacity(Double value) {
    double v = value == null ? 1 : value;
    if (!(v >= 0 && v <= 1)) {
      throw PrintException.invalid("opacity", "opacity must be 0 to 1, was " + value);
    }
    return v;
  }

  private static boolean landscape(String orientation) {
    String o = orientation == null ? "landscape" : orientation.strip().toLowerCase(Locale.ROOT);
    return switch (o) {
      case "landscape" -> true;
      case "portrait" -> false;
      default ->
          throw PrintException.invalid(
              "orientation",
              "orientation must be landscape or portrait, was '" + orientation + "'");
    };
  }

  /**
   * The bbox given, or the one a centre and a scale make for the paper's map frame (its ground
   * width at the centre over the CRS's unit length there).
   */
  private static Envelope bbox(PrintRequest r, PrintCrs crs, Paper paper, boolean landscape) {
    if (r.bbox() != null) {
      double[] b = r.bbox();
      if (b.length != 4) {
        throw PrintException.invalid("bbox", "bbox must be 4 numbers, had " + b.length);
      }
      for (double v : b) {
        if (!Double.isFinite(v)) {
          throw PrintException.invalid("bbox", "bbox must hold finite numbers");
        }
      }
      if (b[2] <= b[0] || b[3] <= b[1]) {
        throw PrintException.invalid("bbox", "bbox must be minX,minY,maxX,maxY");
      }
      return new Envelope(b[0], b[2], b[1], b[3]);
    }
    if (r.centre() == null || r.scale() == null) {
      throw PrintException.invalid("bbox", "give bbox, or centre and scale");
    }
    double[] c = r.centre();
    double scale = r.scale();
    if (c.length != 2 || !Double.isFinite(c[0]) || !Double.isFinite(c[1])) {
      throw PrintException.invalid("centre", "centre must be 2 finite numbers (x, y)");
    }
    if (!(scale >= 100 && scale <= 50_000_000)) {
      throw PrintException.invalid("scale", "scale must be 100 to 50,000,000, was " + scale);
    }
    // The frame of the layout is about the page less 90 mm (panel and margins) wide.
    double frameMm = paper.width(landscape) - (landscape ? 90 : 20);
    double halfWidth = crs.unitsFor(frameMm / 1000 * scale, c[0], c[1]) / 2;
    double halfHeight = halfWidth * (paper.height(landscape) - (landscape ? 30 : 90)) / frameMm;
    return new Envelope(c[0] - halfWidth, c[0] + halfWidth, c[1] - halfHeight, c[1] + halfHeight);
  }

  private static Optional<Instant> asOf(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (text.length() > 40) {
      throw PrintException.invalid("asOf", "asOf must be a date such as 2019-06-01");
    }
    try {
      return TimeParam.parse(Optional.of(text.strip()));
    } catch (ServiceException e) {
      throw PrintException.invalid("asOf", "asOf '" + text + "': " + e.getMessage());
    }
  }
}
