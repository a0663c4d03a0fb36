package cn.onemap.ogc.print;

import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.render.MapRenderer;
import cn.onemap.tiles.render.RenderLimits;
import cn.onemap.tiles.render.RenderRequest;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The map of a print drawn by the WMS renderer: layers bottom first, each with its opacity. Runs of
 * neighbouring layers of the same opacity are one render (labels placed together); each run is
 * drawn on a transparent canvas and laid over the ones below with its opacity, on the background.
 */
public final class LayeredMap implements MapSource {
  /** One layer and its opacity (0–1). */
  public record Part(LayerRender layer, double opacity) {
    public Part {
      if (!(opacity >= 0 && opacity <= 1)) {
        throw PrintException.invalid("opacity", "opacity must be 0 to 1, was " + opacity);
      }
    }
  }

  private final MapRenderer renderer;
  private final List<Part> parts;
  private final String crs;
  private final RenderLimits limits;
  private final Color background;

  public LayeredMap(
      MapRenderer renderer,
      List<Part> bottomFirst,
      String crs,
      RenderLimits limits,
      Color background) {
    this.renderer = renderer;
    this.parts = List.copyOf(bottomFirst);
    this.crs = crs;
    this.limits = limits;
    this.background = background;
  }

  @Override
  public BufferedImage render(int width, int height, Envelope bbox, int dpi) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(background);
      g.fillRect(0, 0, width, height);
      for (List<Part> run : runs()) {
        double opacity = run.get(0).opacity();
        if (opacity == 0) {
          continue;
        }
        List<LayerRender> layers = run.stream().map(Part::layer).toList();
        BufferedImage img =
            renderer.render(
                RenderRequest.of(width, height, bbox, layers)
                    .withCrs(crs)
                    .withTransparent(true)
                    .withLimits(limits)
                    .withDpi(dpi));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.drawImage(img, 0, 0, null);
      }
    } finally {
      g.dispose();
    }
    return out;
  }

  private List<List<Part>> runs() {
    List<List<Part>> runs = new ArrayList<>();
    for (Part p : parts) {
      if (runs.isEmpty() || runs.get(runs.size() - 1).get(0).opacity() != p.opacity()) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(p);
    }
    return runs;
  }
}
