package cn.onemap.core.store;

import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.locationtech.jts.geom.Envelope;

/**
 * The versioned feature store. Implementations: {@code H2gisFeatureStore} (embedded file database,
 * the default) and {@code PostgisFeatureStore}; they behave identically (one parameterized test
 * suite runs against both).
 *
 * <p>Writes validate everything before anything is written (schema, types, geometry validity,
 * CGCS2000 extent) and run in one transaction: a batch is applied completely or not at all.
 * Thread-safe.
 */
public interface FeatureStore extends AutoCloseable {

  /** "h2gis" or "postgis". */
  String backend();

  // --- catalog -------------------------------------------------------------------------------

  /**
   * Every layer of the catalog, ordered by id. Access control is the caller's job (see
   * AccessLevel).
   */
  List<LayerDefinition> layers();

  Optional<LayerDefinition> layer(String layerId);

  /** The layer, or {@link LayerNotFoundException}. */
  default LayerDefinition requireLayer(String layerId) {
    return layer(layerId).orElseThrow(() -> new LayerNotFoundException(layerId));
  }

  /**
   * The catalog's change counter: raised by every {@link #createLayer}, {@link #alterLayer} and
   * {@link #dropLayer}, read from the database each time, so it only grows, survives restarts and
   * is the same on every node sharing the database (capabilities publish it as updateSequence).
   */
  long catalogSequence();

  /**
   * Re-reads the catalog now, rather than at the next check of {@link #catalogSequence()}: what a
   * reader of the change log does on a LAYER entry another node wrote.
   */
  default void refreshCatalog() {}

  /** Creates the layer's table and indexes and registers it, atomically. */
  void createLayer(LayerDefinition layer);

  /** Changes metadata and adds attributes; returns the new definition. */
  LayerDefinition alterLayer(String layerId, LayerChange change);

  /** Removes the layer and all its features and history. An administrative act, not an edit. */
  void dropLayer(String layerId);

  // --- named styles (保存为样式) ----------------------------------------------------------------

  /** Every layer's saved named styles, by layer id then name. */
  default List<cn.onemap.core.catalog.LayerStyle> layerStyles() {
    return List.of();
  }

  /**
   * Saves the style, replacing the layer's style of the same name, and raises the catalog's change
   * counter; a LAYER entry in the change log tells every node to truncate the layer's tiles. {@link
   * LayerNotFoundException} for an unknown layer.
   */
  default void putLayerStyle(cn.onemap.core.catalog.LayerStyle style) {
    throw new UnsupportedOperationException("this store keeps no named styles");
  }

  /**
   * Removes a saved style; false when the layer has none of that name. Refused (a GisException
   * STYLE_IN_USE) while the layer's default style names it.
   */
  default boolean removeLayerStyle(String layerId, String name) {
    throw new UnsupportedOperationException("this store keeps no named styles");
  }

  // --- code lists (值域) -----------------------------------------------------------------------

  /** Every code list, ordered by id. */
  List<cn.onemap.core.catalog.CodeList> codeLists();

  Optional<cn.onemap.core.catalog.CodeList> codeList(String codeListId);

  /**
   * Creates the code list or replaces it whole (title, standard, entries). Refused ({@link
   * cn.onemap.core.catalog.SchemaException}) when an attribute using it could not hold one of the
   * new codes. Values already stored are kept as they are (history is never rewritten); later
   * writes must use the new codes. Raises the catalog's change counter.
   */
  void putCodeList(cn.onemap.core.catalog.CodeList codeList);

  /**
   * Makes an attribute take its values from a code list ({@code codeListId} null: free values
   * again) and returns the new layer definition. Values already stored are not checked.
   */
  LayerDefinition setAttributeCodeList(String layerId, String attribute, String codeListId);

  /**
   * Restricts reading an attribute's values to holders of a role (null lifts the restriction); the
   * store keeps it, the caller's access check hides the attribute. Returns the changed layer.
   */
  default LayerDefinition setAttributeReadRole(String layerId, String attribute, String role) {
    throw new UnsupportedOperationException("this store keeps no per-attribute permissions");
  }

  /** The write rules of a layer with the code lists its attributes name: what loaders check. */
  default FeatureRules rules(String layerId) {
    return new FeatureRules(requireLayer(layerId), this::codeList);
  }

  // --- change log ----------------------------------------------------------------------------

  /**
   * The layer's change counter: raised by every committed write of the layer (edits, bulk loads,
   * create/alter/drop) in the same transaction, 0 for a layer never written. Versions of one layer
   * commit in order, so a reader that has seen version v and later reads {@code changesSince(v)}
   * misses nothing.
   */
  long layerVersion(String layerId);

  /** Every layer's change counter (dropped layers included), in one read: what pollers poll. */
  java.util.Map<String, Long> layerVersions();

  /**
   * The change log of the layer after {@code version}, oldest first, at most {@code max} entries
   * (entries of one version are never split when fewer than {@code max}).
   */
  List<StoreChange> changesSince(String layerId, long version, int max);

  // --- edits ---------------------------------------------------------------------------------

  /**
   * Applies the edits in one transaction; each edited feature gets exactly one new version, valid
   * from the commit or from {@link EditContext#validFrom()} (a historical load: refused with {@link
   * ValidFromException} when in the future and with {@link HistoryRewriteException} when not after
   * the current version of a feature it replaces or deletes; nothing is written then).
   */
  EditResult apply(String layerId, List<FeatureEdit> edits, EditContext context);

  /**
   * Applies the edits of several layers in ONE transaction: all of them or none, each edited
   * feature one new version, every version with the same valid_from. Results in the order given.
   */
  List<EditResult> applyAll(List<cn.onemap.core.feature.LayerEdits> batches, EditContext context);

  /**
   * Applies a stream of edits in one transaction without holding them in memory (an import of a
   * million rows). Unlike the list form it cannot be retried after a conflict with a concurrent
   * writer, so it fails instead; nothing is written then.
   */
  EditResult apply(String layerId, Iterator<? extends FeatureEdit> edits, EditContext context);

  /**
   * Loads many new features fast (PostGIS: COPY, index built after when the layer was empty) in one
   * transaction. Every feature is validated like an insert; ids must be new. Reports progress every
   * 10,000 features.
   *
   * @return the number of features written
   */
  long bulkInsert(
      String layerId,
      Iterator<FeatureEdit.Insert> features,
      EditContext context,
      LongConsumer progress);

  // --- search index --------------------------------------------------------------------------

  /** Which attributes of the layer the feature search holds, and its priority; see SearchFields. */
  default Optional<SearchFields> searchFields(String layerId) {
    return Optional.empty();
  }

  /**
   * Replaces the layer's search fields and re-indexes its current features in one transaction.
   *
   * @return the number of features indexed
   */
  default long setSearchFields(SearchFields fields) {
    throw new UnsupportedOperationException("this store has no search index");
  }

  /** Rebuilds the layer's tokens from its current features (same fields); returns the count. */
  default long rebuildSearchIndex(String layerId) {
    throw new UnsupportedOperationException("this store has no search index");
  }

  /**
   * Features of {@code layers} whose searched attributes match {@code text} (normalised: NFKC,
   * case- and white-space-insensitive): the whole value, its beginning, or (text with Chinese
   * characters) anywhere in it. Ranked over all layers (exact, prefix, inside; then the layer's
   * priority; then the shorter value) and then cut to {@code max}. Only the attributes each given
   * layer definition still has are searched: pass the caller's view of every layer it may read.
   * Index lookups only; never a scan of the layers.
   */
  default List<SearchMatch> search(List<LayerDefinition> layers, String text, int max) {
    throw new UnsupportedOperationException("this store has no search index");
  }

  // --- reads ---------------------------------------------------------------------------------

  /** The current version of a feature. */
  Optional<Feature> get(String layerId, String featureId);

  /** The version of a feature that was current at {@code asOf}; empty if it did not exist then. */
  Optional<Feature> get(String layerId, String featureId, Instant asOf);

  /**
   * All versions of a feature, oldest first, tombstones included; {@link FeatureNotFoundException}
   * if none.
   */
  List<Feature> history(String layerId, String featureId);

  /** Streams the matching features; close the cursor. */
  FeatureCursor query(FeatureQuery query);

  /** Number of features {@link #query} would return without offset and limit. */
  long count(FeatureQuery query);

  /**
   * Counts and sums of the matching features grouped by one attribute (SQL GROUP BY in the
   * database), largest groups first; see {@link Aggregate}.
   */
  Aggregate.Result aggregate(Aggregate aggregate);

  /** Bounding box of the layer's current features; empty when it has none. */
  Optional<Envelope> extent(String layerId);

  /**
   * The oldest {@code valid_from} of any version of the layer's features, deleted ones included:
   * the start of its temporal extent (it ends now). Empty when the layer never had a feature.
   */
  Optional<Instant> firstValidFrom(String layerId);

  /**
   * One layer of a Mapbox Vector Tile encoded by the database (PostGIS: {@code ST_AsMVT}), from the
   * same rows {@link #query} reads for the request's bbox and instant; empty when this backend does
   * not encode tiles (H2GIS), and the caller encodes them from {@link #query} instead. The bytes
   * are a complete tile holding one layer (tiles concatenate: several layers' bytes in a row are
   * one tile); no feature gives zero bytes.
   *
   * @throws FeatureLimitException when the tile would hold more than {@code maxFeatures} features
   */
  default Optional<byte[]> vectorTile(VectorTileRequest request) {
    return Optional.empty();
  }

  @Override
  void close();
}
