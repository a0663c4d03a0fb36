package cn.onemap.ogc.print;

import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the map frame's picture: {@code width}×{@code height} pixels showing {@code bbox}, at
 * {@code dpi} (the paper's resolution: symbols and labels sized for it).
 */
@FunctionalInterface
public interface MapSource {
  BufferedImage render(int width, int height, Envelope bbox, int dpi);
}
