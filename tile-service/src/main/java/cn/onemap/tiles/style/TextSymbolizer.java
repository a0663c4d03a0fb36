package cn.onemap.tiles.style;

import java.util.Objects;
import java.util.Optional;

/**
 * Labels a feature with the value of one attribute. Labels are placed after all geometry is drawn;
 * a label overlapping an already placed one is skipped, and earlier layers/rules place first.
 *
 * @param labelProperty the attribute whose value is the label (checked against the layer schema)
 * @param font font
 * @param fill text colour (SLD default black)
 * @param halo optional halo
 * @param placement point or line placement
 */
public record TextSymbolizer(
    String labelProperty, LabelFont font, Fill fill, Optional<Halo> halo, LabelPlacement placement)
    implements Symbolizer {
  public TextSymbolizer {
    Objects.requireNonNull(labelProperty, "labelProperty");
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(halo, "halo");
    Objects.requireNonNull(placement, "placement");
  }
}
