package cn.onemap.tiles.render;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Renders features of a {@link FeatureStore} into an ARGB image with Java2D.
 *
 * <p>Per layer: the rules of each feature-type-style pass that apply at the request's scale are
 * compiled against the layer schema (no rule applies → no query); one store query reads the
 * features in the request bbox (transformed to CGCS2000, grown by the largest symbol's margin so
 * symbols of features just outside still show; an envelope test, as drawing clips anyway) with the
 * layer's extra filter and as-of instant, fetching only the attributes the rules and labels read;
 * each feature is transformed to the map CRS, matched against the rules and drawn immediately, so
 * memory does not grow with the data (a layer with several passes keeps up to {@value #MAX_KEPT}
 * features for its later passes instead of reading them again). Label candidates are the exception:
 * they are kept (up to {@link RenderLimits#maxLabels()}) and placed after all layers; with a {@link
 * RenderRequest#labelBuffer()} passes with labels read that much further around the view, and
 * labels may be placed (cut by the image edge) in the buffer. The time budget is checked at every
 * feature.
 *
 * <p>Thread-safe: each call has its own state; run renders in parallel on one instance.
 */
public final class MapRenderer {
  /** Features of a multi-pass layer kept in memory for its further passes. */
  static final int MAX_KEPT = 20_000;

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

      // Styles size everything in standard pixels: draw in those, scaled to the image's pixels.
      double ratio = request.pixelRatio();
      if (ratio != 1) {
        g.scale(ratio, ratio);
      }
      Viewport viewport =
          new Viewport(request.bbox(), request.width() / ratio, request.height() / ratio);
      Reprojection reprojection = new Reprojection(request.crs());
      Optional<Envelope> inStorage = reprojection.toStorage(request.bbox());
      if (inStorage.isEmpty()) {
        return image; // the view holds no part of the storage CRS's domain: nothing to draw
      }
      Envelope storageBbox = inStorage.get();
      // the picture's scale at its dpi: its width in standard pixels is width / ratio
      double scale = ScaleDenominator.of(request.bbox(), request.width(), request.crs()) * ratio;
      FeaturePainter painter =
          new FeaturePainter(g, image, viewport, ratio, request.antialias(), request.labelBuffer());
      LabelPainter labels =
          new LabelPainter(
              request.limits().maxLabels(),
              viewport.width(),
              viewport.height(),
              request.labelBuffer());

      Pass ctx = new Pass(reprojection, painter, labels, deadline, request, storageBbox, viewport);
      int ruleBase = 0;
      for (LayerRender layer : request.layers()) {
        List<StylePass> passes = StylePass.compile(layer, scale);
        if (!passes.isEmpty()) {
          ruleBase = drawLayer(layer, passes, ctx, ruleBase);
        }
      }
      labels.paint(g);
      return image;
    } finally {
      g.dispose();
    }
  }

  /** Label buffer of each strip, so labels near a strip edge continue in the next strip. */
  public static final int STRIP_LABEL_BUFFER = 64;

  /** A band of a strip render: its image (full width) and its first row in the whole image. */
  public interface StripSink {
    void accept(BufferedImage strip, int firstRow) throws java.io.IOException;
  }

  /**
   * Renders the request as horizontal strips of at most {@code stripHeight} rows, top to bottom,
   * each a render of its slice of the bbox with a {@link #STRIP_LABEL_BUFFER}, handed to {@code
   * sink} and then dropped: a tall image never exists whole (an encoder streams the rows). The
   * scale, and so the rules that apply, are those of the whole image; the time budget is shared by
   * all strips. Strips place labels independently, so a label on a strip edge may be cut there (as
   * on tile edges) — the buffer keeps labels that merely cross the edge.
   */
  public void renderStrips(RenderRequest request, int stripHeight, StripSink sink)
      throws java.io.IOException {
    if (stripHeight < 1) {
      throw new IllegalArgumentException("strip height must be positive, was " + stripHeight);
    }
    long deadline = System.nanoTime() + request.limits().timeBudget().toNanos();
    Envelope b = request.bbox();
    double rowHeight = b.getHeight() / request.height();
    int buffer = Math.max(request.labelBuffer(), STRIP_LABEL_BUFFER);
    for (int top = 0; top < request.height(); top += stripHeight) {
      int rows = Math.min(stripHeight, request.height() - top);
      Envelope slice =
          new Envelope(
              b.getMinX(),
              b.getMaxX(),
              b.getMaxY() - (top + rows) * rowHeight,
              b.getMaxY() - top * rowHeight);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new RenderTimeoutException(request.limits().timeBudget(), "strip at row " + top);
      }
      RenderRequest strip =
          new RenderRequest(
              request.width(),
              rows,
              slice,
              request.crs(),
              request.layers(),
              request.transparent(),
              request.background(),
              request.antialias(),
              request.limits().withTimeBudget(java.time.Duration.ofNanos(left)),
              buffer,
              request.dpi());
      sink.accept(render(strip), top);
    }
  }

  /** What every pass of one render shares. */
  private record Pass(
      Reprojection reprojection,
      FeaturePainter painter,
      LabelPainter labels,
      long deadline,
      RenderRequest request,
      Envelope storageBbox,
      Viewport viewport) {}

  /** A feature read for drawing, in map coordinates, with its position in the stream. */
  private record Drawn(Feature feature, Geometry geometry, long seq) {}

  /**
   * Draws the passes of one layer from one store query: the first pass draws while reading and,
   * when there are more passes, keeps the features (up to {@value #MAX_KEPT}) for the others;
   * beyond that, the further passes read the layer again rather than hold it all. Returns the next
   * rule base (label priorities: by rule, then stream order).
   */
  private int drawLayer(LayerRender layer, List<StylePass> passes, Pass ctx, int ruleBase) {
    RenderRequest request = ctx.request();
    double marginPx = 0;
    Set<String> properties = new TreeSet<>();
    for (StylePass pass : passes) {
      double m = pass.marginPx();
      marginPx = Math.max(marginPx, pass.hasLabels() ? Math.max(m, request.labelBuffer()) : m);
      properties.addAll(pass.properties());
    }
    Envelope bbox = new Envelope(ctx.storageBbox());
    bbox.expandBy(
        marginPx * bbox.getWidth() / ctx.viewport().width(),
        marginPx * bbox.getHeight() / ctx.viewport().height());
    FeatureQuery.Builder q =
        FeatureQuery.layer(layer.layer().id())
            .bbox(bbox)
            .envelopeOnly(true) // drawing clips what lies outside
            .properties(properties);
    layer.filter().ifPresent(q::filter);
    layer.asOf().ifPresent(q::asOf);
    FeatureQuery query = q.build();

    StylePass first = passes.get(0);
    int base = ruleBase;
    List<Drawn> kept = passes.size() > 1 ? new ArrayList<>() : null;
    boolean[] overflow = {false};
    stream(
        layer,
        query,
        ctx,
        d -> {
          first.draw(d.feature(), d.geometry(), ctx.painter(), ctx.labels(), base, d.seq());
          if (kept != null && !overflow[0]) {
            if (kept.size() < MAX_KEPT) {
              kept.add(d);
            } else {
              overflow[0] = true;
              kept.clear();
            }
          }
        });
    ctx.painter().paintHeat();
    ruleBase += first.rules().size();
    for (StylePass pass : passes.subList(1, passes.size())) {
      int passBase = ruleBase;
      Consumer<Drawn> draw =
          d -> pass.draw(d.feature(), d.geometry(), ctx.painter(), ctx.labels(), passBase, d.seq());
      if (overflow[0]) {
        stream(layer, query, ctx, draw);
      } else {
        for (Drawn d : kept) {
          checkDeadline(ctx, layer);
          draw.accept(d);
        }
      }
      ctx.painter().paintHeat();
      ruleBase += pass.rules().size();
    }
    return ruleBase;
  }

  private void stream(LayerRender layer, FeatureQuery query, Pass ctx, Consumer<Drawn> draw) {
    long count = 0;
    long max = ctx.request().limits().maxFeaturesPerLayer();
    try (FeatureCursor cursor = store.query(query)) {
      while (cursor.hasNext()) {
        checkDeadline(ctx, layer);
        Feature f = cursor.next();
        if (++count > max) {
          throw new RenderLimitException(
              "layer '"
                  + layer.layer().id()
                  + "' has more than "
                  + max
                  + " features in the requested area; zoom in or filter");
        }
        Optional<Geometry> geom = f.geometry().flatMap(ctx.reprojection()::toMap);
        if (geom.isEmpty() || geom.get().isEmpty()) {
          continue;
        }
        draw.accept(new Drawn(f, geom.get(), count));
      }
    }
  }

  private static void checkDeadline(Pass ctx, LayerRender layer) {
    if (System.nanoTime() > ctx.deadline()) {
      throw new RenderTimeoutException(ctx.request().limits().timeBudget(), layer.layer().id());
    }
  }
}
