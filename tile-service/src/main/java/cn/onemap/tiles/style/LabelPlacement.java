package cn.onemap.tiles.style;

/** Where a label goes relative to its feature. */
public sealed interface LabelPlacement {

  /**
   * At a point (a point feature, a line's middle, a polygon's interior point).
   *
   * @param anchorX 0 = label's left edge at the point, 0.5 = centred, 1 = right edge
   * @param anchorY 0 = baseline-ish bottom at the point, 0.5 = centred, 1 = top
   * @param displacementX pixels to the right
   * @param displacementY pixels up
   * @param rotation degrees clockwise
   */
  record Point(
      double anchorX, double anchorY, double displacementX, double displacementY, double rotation)
      implements LabelPlacement {
    public static final Point CENTRED = new Point(0.5, 0.5, 0, 0, 0);
  }

  /**
   * Along a line; {@code followLine} places every character on the line with its own rotation
   * (street names), otherwise the label is drawn straight, rotated to the line's middle segment.
   *
   * @param perpendicularOffset pixels to the left of the line direction (SLD sign convention)
   */
  record Line(double perpendicularOffset, boolean followLine) implements LabelPlacement {}
}
