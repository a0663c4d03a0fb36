package cn.onemap.tiles.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Objects;

/**
 * A line stroke in pixels.
 *
 * @param color RGB colour
 * @param opacity 0 to 1
 * @param width line width in pixels (SLD: pixels at 0.28 mm), &gt; 0
 * @param dashArray dash and gap lengths in pixels; empty for a solid line
 * @param lineJoin mitre, round or bevel
 * @param lineCap butt, round or square
 */
public record Stroke(
    Color color, double opacity, double width, float[] dashArray, Join lineJoin, Cap lineCap) {

  /** SLD stroke-linejoin values. */
  public enum Join {
    MITRE(BasicStroke.JOIN_MITER),
    ROUND(BasicStroke.JOIN_ROUND),
    BEVEL(BasicStroke.JOIN_BEVEL);

    final int awt;

    Join(int awt) {
      this.awt = awt;
    }
  }

  /** SLD stroke-linecap values. */
  public enum Cap {
    BUTT(BasicStroke.CAP_BUTT),
    ROUND(BasicStroke.CAP_ROUND),
    SQUARE(BasicStroke.CAP_SQUARE);

    final int awt;

    Cap(int awt) {
      this.awt = awt;
    }
  }

  public Stroke {
    Objects.requireNonNull(color, "color");
    opacity = Style.unit("stroke-opacity", opacity);
    if (!(width >= 0) || width > 1000) {
      throw new IllegalArgumentException("stroke-width must be 0..1000 px, was " + width);
    }
    dashArray = dashArray == null ? new float[0] : dashArray.clone();
    float sum = 0;
    for (float d : dashArray) {
      if (!(d >= 0)) {
        throw new IllegalArgumentException("stroke-dasharray values must be >= 0");
      }
      sum += d;
    }
    if (dashArray.length > 0 && sum == 0) {
      throw new IllegalArgumentException("stroke-dasharray must not be all zeros");
    }
    lineJoin = lineJoin == null ? Join.MITRE : lineJoin;
    lineCap = lineCap == null ? Cap.BUTT : lineCap;
  }

  /** A solid stroke with SLD's default join (mitre) and cap (butt). */
  public static Stroke of(Color color, double width) {
    return new Stroke(color, 1, width, null, null, null);
  }

  public Stroke withDash(float... dashes) {
    return new Stroke(color, opacity, width, dashes, lineJoin, lineCap);
  }

  public Stroke withJoinCap(Join join, Cap cap) {
    return new Stroke(color, opacity, width, dashArray, join, cap);
  }

  @Override
  public float[] dashArray() {
    return dashArray.clone();
  }

  public Color paint() {
    return Style.withOpacity(color, opacity);
  }

  /** The Java2D stroke. */
  public BasicStroke awtStroke() {
    return new BasicStroke(
        (float) width,
        lineCap.awt,
        lineJoin.awt,
        10f,
        dashArray.length == 0 ? null : dashArray.clone(),
        0f);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stroke s
        && color.equals(s.color)
        && opacity == s.opacity
        && width == s.width
        && java.util.Arrays.equals(dashArray, s.dashArray)
        && lineJoin == s.lineJoin
        && lineCap == s.lineCap;
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, opacity, width, java.util.Arrays.hashCode(dashArray), lineJoin);
  }

  @Override
  public String toString() {
    return "Stroke["
        + Style.hex(color)
        + ", w="
        + width
        + ", dash="
        + java.util.Arrays.toString(dashArray)
        + "]";
  }
}
