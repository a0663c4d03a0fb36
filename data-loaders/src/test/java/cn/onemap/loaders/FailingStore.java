package cn.onemap.loaders;

import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.StoreException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.locationtech.jts.geom.Envelope;

/**
 * A real store whose write calls fail after {@code failAfter} edits have gone in, inside the real
 * store's transaction — the way a lost connection or a full disk would strike mid-import.
 */
final class FailingStore implements FeatureStore {
  private final FeatureStore real;
  private final int failAfter;

  FailingStore(FeatureStore real, int failAfter) {
    this.real = real;
    this.failAfter = failAfter;
  }

  private <T> Iterator<T> failing(Iterator<T> it) {
    return new Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public T next() {
        if (++n > failAfter) {
          throw new StoreException("simulated database failure after " + failAfter + " rows", null);
        }
        return it.next();
      }
    };
  }

  @Override
  public List<cn.onemap.core.catalog.CodeList> codeLists() {
    return real.codeLists();
  }

  @Override
  public Optional<cn.onemap.core.catalog.CodeList> codeList(String id) {
    return real.codeList(id);
  }

  @Override
  public void putCodeList(cn.onemap.core.catalog.CodeList list) {
    real.putCodeList(list);
  }

  @Override
  public LayerDefinition setAttributeCodeList(String layerId, String attribute, String id) {
    return real.setAttributeCodeList(layerId, attribute, id);
  }

  @Override
  public long catalogSequence() {
    return real.catalogSequence();
  }

  @Override
  public long layerVersion(String layerId) {
    return real.layerVersion(layerId);
  }

  @Override
  public java.util.Map<String, Long> layerVersions() {
    return real.layerVersions();
  }

  @Override
  public java.util.List<cn.onemap.core.store.StoreChange> changesSince(
      String layerId, long version, int max) {
    return real.changesSince(layerId, version, max);
  }

  @Override
  public EditResult apply(String layerId, Iterator<? extends FeatureEdit> edits, EditContext c) {
    return real.apply(layerId, failing(edits), c);
  }

  @Override
  public long bulkInsert(
      String layerId, Iterator<FeatureEdit.Insert> f, EditContext c, LongConsumer progress) {
    return real.bulkInsert(layerId, failing(f), c, progress);
  }

  @Override
  public String backend() {
    return real.backend();
  }

  @Override
  public List<LayerDefinition> layers() {
    return real.layers();
  }

  @Override
  public Optional<LayerDefinition> layer(String layerId) {
    return real.layer(layerId);
  }

  @Override
  public void createLayer(LayerDefinition layer) {
    real.createLayer(layer);
  }

  @Override
  public LayerDefinition alterLayer(String layerId, LayerChange change) {
    return real.alterLayer(layerId, change);
  }

  @Override
  public void dropLayer(String layerId) {
    real.dropLayer(layerId);
  }

  @Override
  public EditResult apply(String layerId, List<FeatureEdit> edits, EditContext context) {
    return real.apply(layerId, edits, context);
  }

  @Override
  public List<EditResult> applyAll(
      List<cn.onemap.core.feature.LayerEdits> batches, EditContext context) {
    return real.applyAll(batches, context);
  }

  @Override
  public Optional<Feature> get(String layerId, String featureId) {
    return real.get(layerId, featureId);
  }

  @Override
  public Optional<Feature> get(String layerId, String featureId, Instant asOf) {
    return real.get(layerId, featureId, asOf);
  }

  @Override
  public List<Feature> history(String layerId, String featureId) {
    return real.history(layerId, featureId);
  }

  @Override
  public FeatureCursor query(FeatureQuery query) {
    return real.query(query);
  }

  @Override
  public long count(FeatureQuery query) {
    return real.count(query);
  }

  @Override
  public cn.onemap.core.store.Aggregate.Result aggregate(cn.onemap.core.store.Aggregate a) {
    return real.aggregate(a);
  }

  @Override
  public Optional<Envelope> extent(String layerId) {
    return real.extent(layerId);
  }

  @Override
  public Optional<java.time.Instant> firstValidFrom(String layerId) {
    return real.firstValidFrom(layerId);
  }

  @Override
  public void close() {
    // the fixture closes the real store
  }
}
