package cn.onemap.tiles.render;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Renders features of a {@link FeatureStore} into an ARGB image with Java2D.
 *
 * <p>Per layer and feature-type-style pass: the rules that apply at the request's scale are
 * compiled against the layer schema (no rule applies → no query); one store query reads the
 * features in the request bbox (transformed to CGCS2000, grown by the largest symbol's margin so
 * symbols of features just outside still show; an envelope test, as drawing clips anyway) with the
 * layer's extra filter and as-of instant, fetching only the attributes the rules and labels read;
 * each feature is transformed to the map CRS, matched against the rules and drawn immediately, so
 * memory does not grow with the data. Label candidates are the exception: they are kept (up to
 * {@link RenderLimits#maxLabels()}) and placed after all layers; with a {@link
 * RenderRequest#labelBuffer()} passes with labels read that much further around the view, and
 * labels may be placed (cut by the image edge) in the buffer. The time budget is checked at every
 * feature.
 *
 * <p>Thread-safe: each call has its own state; run renders in parallel on one instance.
 */
public final class MapRenderer {
  private final FeatureStore store;

  public MapRenderer(FeatureStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public BufferedImage render(RenderRequest request) {
    long started = System.nanoTime();
    long deadline = started + request.limits().timeBudget().toNanos();
    BufferedImage image =
        new BufferedImage(request.width(), request.height(), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      if (request.transparent()) {
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, request.width(), request.height());
        g.setComposite(AlphaComposite.SrcOver);
      } else {
        g.setColor(request.background());
        g.fillRect(0, 0, request.width(), request.height());
      }
      Object aa =
          request.antialias()
              ? RenderingHints.VALUE_ANTIALIAS_ON
              : RenderingHints.VALUE_ANTIALIAS_OFF;
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING,
          request.antialias()
              ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON
              : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

      Viewport viewport = new Viewport(request.bbox(), request.width(), request.height());
      Reprojection reprojection = new Reprojection(request.crs());
      Optional<Envelope> inStorage = reprojection.toStorage(request.bbox());
      if (inStorage.isEmpty()) {
        return image; // the view holds no part of the storage CRS's domain: nothing to draw
      }
      Envelope storageBbox = inStorage.get();
      double scale = ScaleDenominator.of(request.bbox(), request.width(), request.crs());
      FeaturePainter painter =
          new FeaturePainter(g, image, viewport, request.antialias(), request.labelBuffer());
      LabelPainter labels =
          new LabelPainter(
              request.limits().maxLabels(),
              request.width(),
              request.height(),
              request.labelBuffer());

      int ruleBase = 0;
      for (LayerRender layer : request.layers()) {
        List<StylePass> passes = StylePass.compile(layer, scale);
        for (StylePass pass : passes) {
          double marginPx =
              pass.hasLabels() ? Math.max(pass.marginPx(), request.labelBuffer()) : pass.marginPx();
          Envelope query = new Envelope(storageBbox);
          query.expandBy(
              marginPx * storageBbox.getWidth() / request.width(),
              marginPx * storageBbox.getHeight() / request.height());
          drawPass(layer, pass, query, reprojection, painter, labels, ruleBase, deadline, request);
          ruleBase += pass.rules().size();
        }
      }
      labels.paint(g);
      return image;
    } finally {
      g.dispose();
    }
  }

  private void drawPass(
      LayerRender layer,
      StylePass pass,
      Envelope bbox,
      Reprojection reprojection,
      FeaturePainter painter,
      LabelPainter labels,
      int ruleBase,
      long deadline,
      RenderRequest request) {
    FeatureQuery.Builder q =
        FeatureQuery.layer(layer.layer().id())
            .bbox(bbox)
            .envelopeOnly(true) // drawing clips what lies outside
            .properties(pass.properties());
    layer.filter().ifPresent(q::filter);
    layer.asOf().ifPresent(q::asOf);
    long count = 0;
    long max = request.limits().maxFeaturesPerLayer();
    try (FeatureCursor cursor = store.query(q.build())) {
      while (cursor.hasNext()) {
        if (System.nanoTime() > deadline) {
          throw new RenderTimeoutException(request.limits().timeBudget(), layer.layer().id());
        }
        Feature f = cursor.next();
        if (++count > max) {
          throw new RenderLimitException(
              "layer '"
                  + layer.layer().id()
                  + "' has more than "
                  + max
                  + " features in the requested area; zoom in or filter");
        }
        Optional<Geometry> geom = f.geometry().flatMap(reprojection::toMap);
        if (geom.isEmpty() || geom.get().isEmpty()) {
          continue;
        }
        pass.draw(f, geom.get(), painter, labels, ruleBase, count);
      }
    }
  }
}
