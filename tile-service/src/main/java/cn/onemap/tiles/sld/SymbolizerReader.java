package cn.onemap.tiles.sld;

import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.Halo;
import cn.onemap.tiles.style.LabelFont;
import cn.onemap.tiles.style.LabelPlacement;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.TextSymbolizer;
import cn.onemap.tiles.style.WellKnownMark;
import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps the four symbolizer elements to the style model, applying SLD's defaults. */
final class SymbolizerReader {
  private SymbolizerReader() {}

  static Optional<Symbolizer> read(XmlElement e) {
    try {
      return switch (e.name()) {
        case "PointSymbolizer" -> Optional.of(point(e));
        case "LineSymbolizer" ->
            Optional.of(
                new LineSymbolizer(
                    e.child("Stroke")
                        .map(SymbolizerReader::stroke)
                        .orElse(Stroke.of(Color.BLACK, 1))));
        case "PolygonSymbolizer" ->
            Optional.of(
                new PolygonSymbolizer(
                    e.child("Fill").map(SymbolizerReader::fill),
                    e.child("Stroke").map(SymbolizerReader::stroke)));
        case "TextSymbolizer" -> Optional.of(text(e));
        case "RasterSymbolizer" -> throw e.error("RasterSymbolizer is not supported");
        default -> Optional.empty();
      };
    } catch (IllegalArgumentException ex) {
      throw new SldParseException(ex.getMessage(), e.line(), e.column(), ex);
    }
  }

  private static PointSymbolizer point(XmlElement e) {
    XmlElement g =
        e.child("Graphic").orElseThrow(() -> e.error("a PointSymbolizer needs a Graphic"));
    if (g.child("Mark").isEmpty() && g.child("ExternalGraphic").isPresent()) {
      throw g.error("ExternalGraphic is not supported; use a well-known Mark");
    }
    Mark mark = g.child("Mark").map(SymbolizerReader::mark).orElse(defaultMark());
    double size = g.child("Size").map(Values::number).orElse(6.0);
    double rotation = g.child("Rotation").map(Values::number).orElse(0.0);
    double opacity = g.child("Opacity").map(Values::number).orElse(1.0);
    return new PointSymbolizer(new Graphic(mark, size, rotation, opacity));
  }

  /** SLD default mark: grey square, black outline. */
  private static Mark defaultMark() {
    return Mark.of(WellKnownMark.SQUARE, Fill.of(new Color(0x808080)), Stroke.of(Color.BLACK, 1));
  }

  private static Mark mark(XmlElement m) {
    WellKnownMark shape =
        m.child("WellKnownName")
            .map(
                w ->
                    WellKnownMark.parse(Values.text(w))
                        .orElseThrow(() -> w.error("unknown well-known mark '" + w.text() + "'")))
            .orElse(WellKnownMark.SQUARE);
    Optional<Fill> fill = m.child("Fill").map(SymbolizerReader::fill);
    Optional<Stroke> stroke = m.child("Stroke").map(SymbolizerReader::stroke);
    if (fill.isEmpty() && stroke.isEmpty()) {
      return Mark.of(shape, Fill.of(new Color(0x808080)), Stroke.of(Color.BLACK, 1));
    }
    return new Mark(shape, fill, stroke);
  }

  static Fill fill(XmlElement f) {
    if (f.child("GraphicFill").isPresent()) {
      throw f.error("GraphicFill is not supported");
    }
    Map<String, XmlElement> p = Values.parameters(f);
    Color color = p.containsKey("fill") ? Values.color(p.get("fill")) : new Color(0x808080);
    double opacity = p.containsKey("fill-opacity") ? Values.number(p.get("fill-opacity")) : 1;
    return new Fill(color, opacity);
  }

  static Stroke stroke(XmlElement s) {
    Map<String, XmlElement> p = Values.parameters(s);
    Color color = p.containsKey("stroke") ? Values.color(p.get("stroke")) : Color.BLACK;
    double opacity = p.containsKey("stroke-opacity") ? Values.number(p.get("stroke-opacity")) : 1;
    double width = p.containsKey("stroke-width") ? Values.number(p.get("stroke-width")) : 1;
    float[] dash =
        p.containsKey("stroke-dasharray") ? Values.dashes(p.get("stroke-dasharray")) : null;
    Stroke.Join join =
        p.containsKey("stroke-linejoin")
            ? switch (Values.text(p.get("stroke-linejoin")).toLowerCase(Locale.ROOT)) {
              case "mitre", "miter" -> Stroke.Join.MITRE;
              case "round" -> Stroke.Join.ROUND;
              case "bevel" -> Stroke.Join.BEVEL;
              default -> throw p.get("stroke-linejoin").error("unknown stroke-linejoin");
            }
            : null;
    Stroke.Cap cap =
        p.containsKey("stroke-linecap")
            ? switch (Values.text(p.get("stroke-linecap")).toLowerCase(Locale.ROOT)) {
              case "butt" -> Stroke.Cap.BUTT;
              case "round" -> Stroke.Cap.ROUND;
              case "square" -> Stroke.Cap.SQUARE;
              default -> throw p.get("stroke-linecap").error("unknown stroke-linecap");
            }
            : null;
    return new Stroke(color, opacity, width, dash, join, cap);
  }

  private static TextSymbolizer text(XmlElement t) {
    XmlElement label =
        t.child("Label").orElseThrow(() -> t.error("a TextSymbolizer needs a Label"));
    String property =
        label
            .child("PropertyName")
            .or(() -> label.child("ValueReference"))
            .map(XmlElement::text)
            .orElseThrow(() -> label.error("the Label must be a PropertyName"));
    LabelFont font = font(t.child("Font"));
    Fill fill = t.child("Fill").map(SymbolizerReader::fill).orElse(Fill.of(Color.BLACK));
    Optional<Halo> halo =
        t.child("Halo")
            .map(
                h ->
                    new Halo(
                        h.child("Radius").map(Values::number).orElse(1.0),
                        h.child("Fill").map(SymbolizerReader::fill).orElse(Fill.of(Color.WHITE))));
    LabelPlacement placement = placement(t);
    return new TextSymbolizer(property, font, fill, halo, placement);
  }

  private static LabelFont font(Optional<XmlElement> f) {
    if (f.isEmpty()) {
      return LabelFont.of(10);
    }
    Map<String, XmlElement> p = Values.parameters(f.get());
    String family =
        p.containsKey("font-family") ? Values.text(p.get("font-family")) : LabelFont.DEFAULT_FAMILY;
    double size = p.containsKey("font-size") ? Values.number(p.get("font-size")) : 10;
    boolean bold =
        p.containsKey("font-weight") && Values.text(p.get("font-weight")).equalsIgnoreCase("bold");
    boolean italic =
        p.containsKey("font-style") && !Values.text(p.get("font-style")).equalsIgnoreCase("normal");
    return new LabelFont(family, size, bold, italic);
  }

  private static LabelPlacement placement(XmlElement t) {
    boolean followLine =
        t.all("VendorOption").stream()
            .anyMatch(
                v ->
                    "followLine".equals(v.attributes().get("name"))
                        && "true".equalsIgnoreCase(v.text()));
    Optional<XmlElement> lp = t.child("LabelPlacement");
    Optional<XmlElement> line = lp.flatMap(l -> l.child("LinePlacement"));
    if (line.isPresent()) {
      double offset = line.get().child("PerpendicularOffset").map(Values::number).orElse(0.0);
      // SE 1.1 IsAligned (default true) means the same as GeoServer's followLine vendor option
      boolean aligned =
          line.get().child("IsAligned").map(a -> !"false".equalsIgnoreCase(a.text())).orElse(false);
      return new LabelPlacement.Line(offset, followLine || aligned);
    }
    if (followLine) {
      return new LabelPlacement.Line(0, true);
    }
    Optional<XmlElement> pp = lp.flatMap(l -> l.child("PointPlacement"));
    if (pp.isEmpty()) {
      return LabelPlacement.Point.CENTRED;
    }
    XmlElement p = pp.get();
    Optional<XmlElement> anchor = p.child("AnchorPoint");
    Optional<XmlElement> disp = p.child("Displacement");
    return new LabelPlacement.Point(
        anchor.flatMap(a -> a.child("AnchorPointX")).map(Values::number).orElse(0.5),
        anchor.flatMap(a -> a.child("AnchorPointY")).map(Values::number).orElse(0.5),
        disp.flatMap(d -> d.child("DisplacementX")).map(Values::number).orElse(0.0),
        disp.flatMap(d -> d.child("DisplacementY")).map(Values::number).orElse(0.0),
        p.child("Rotation").map(Values::number).orElse(0.0));
  }
}
