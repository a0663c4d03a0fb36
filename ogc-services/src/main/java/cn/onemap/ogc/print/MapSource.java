package cn.onemap.ogc.print;

import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Envelope;

/** Draws the map frame's picture: {@code width}×{@code height} pixels showing {@code bbox}. */
@FunctionalInterface
public interface MapSource {
  BufferedImage render(int width, int height, Envelope bbox);
}
