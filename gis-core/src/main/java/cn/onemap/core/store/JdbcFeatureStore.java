package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.SchemaException;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.filter.SqlFragment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;

/**
 * The feature store over JDBC, shared by both backends; subclasses supply the {@link SqlDialect}
 * and the connection pool. Write paths validate first, then run in one transaction, retried a few
 * times on transient conflicts between concurrent writers.
 */
public class JdbcFeatureStore implements FeatureStore {
  private static final int MAX_ATTEMPTS = 5;
  private static final int PROGRESS_EVERY = 10_000;

  private final DataSource dataSource;
  private final SqlDialect dialect;
  private final Clock clock;
  private final AutoCloseable pool;
  private volatile Map<String, LayerDefinition> catalog;
  private volatile Map<String, cn.onemap.core.catalog.CodeList> codeLists;
  private volatile Map<String, SearchFields> searchFields;
  private volatile int queryTimeoutSeconds;

  /**
   * Extents scan the whole layer (seconds for millions of features) and every capabilities document
   * and catalog listing asks for them: cached, dropped on this node's writes, and re-read after a
   * minute so other nodes' writes show up too.
   */
  private record CachedExtent(Optional<Envelope> extent, long at) {}

  private static final long EXTENT_TTL_NANOS = 60_000_000_000L;
  private final Map<String, CachedExtent> extents = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile long lastMissRefresh = System.nanoTime() - MISS_REFRESH_INTERVAL_NANOS;
  private final List<Consumer<CommittedEdit>> editListeners = new CopyOnWriteArrayList<>();
  private static final long MISS_REFRESH_INTERVAL_NANOS = 1_000_000_000L;
  private static final long SEQUENCE_RECHECK_NANOS = 1_000_000_000L;
  private volatile long loadedSequence = -1;
  private volatile long sequenceCheckedAt = System.nanoTime();

  protected JdbcFeatureStore(
      DataSource dataSource, AutoCloseable pool, SqlDialect dialect, Clock clock) {
    this.dataSource = dataSource;
    this.pool = pool;
    this.dialect = dialect;
    this.clock = clock;
    refreshCatalog();
    if (!dialect.transactionalDdl()) {
      restoreSpatialIndexes();
    }
    indexUnindexedLayers();
  }

  /**
   * Layers older than the search index (the first start after the migration that created it) get
   * the default search fields and their features indexed, each layer in one transaction.
   */
  private void indexUnindexedLayers() {
    for (LayerDefinition layer : catalog.values()) {
      if (!searchFields.containsKey(layer.id())) {
        setSearchFields(SearchFields.defaults(layer));
      }
    }
  }

  /**
   * Recovery after a crash (H2 only: its DDL commits on its own, see {@link BulkLoad}): a bulk load
   * killed between dropping a layer's spatial index and rebuilding it left the rows (all of the
   * load, or none) without the index. Rebuilds any that is missing; a no-op for those present.
   */
  private void restoreSpatialIndexes() {
    for (LayerDefinition layer : catalog.values()) {
      LayerTable table = new LayerTable(layer, dialect);
      try {
        write(
            c -> {
              execute(c, table.spatialIndexDdl());
              return null;
            },
            false);
      } catch (StoreException e) {
        // One broken layer must not keep the whole store from opening; its queries will say why.
        org.slf4j.LoggerFactory.getLogger(JdbcFeatureStore.class)
            .warn("cannot restore the spatial index of layer {}: {}", layer.id(), e.getMessage());
      }
    }
  }

  @Override
  public String backend() {
    return dialect.name();
  }

  /**
   * The connection pool, for application tables that live beside the layers (e.g. the portal's
   * accounts). Never use it to write layer tables: that would bypass validation and history.
   */
  public DataSource dataSource() {
    return dataSource;
  }

  // --- catalog -------------------------------------------------------------------------------

  @Override
  public List<LayerDefinition> layers() {
    return List.copyOf(catalog().values());
  }

  /**
   * The cached catalog, re-read when the catalog's change counter moved since it was read (checked
   * at most once a second): another node's change of a layer's title, access level, style or
   * attributes reaches this node within about a second, not at its next restart.
   */
  private Map<String, LayerDefinition> catalog() {
    long now = System.nanoTime();
    if (now - sequenceCheckedAt >= SEQUENCE_RECHECK_NANOS) {
      sequenceCheckedAt = now;
      if (catalogSequence() != loadedSequence) {
        refreshCatalog();
      }
    }
    return catalog;
  }

  @Override
  public Optional<LayerDefinition> layer(String layerId) {
    LayerDefinition layer = catalog().get(layerId);
    long now = System.nanoTime();
    if (layer == null && layerId != null && now - lastMissRefresh > MISS_REFRESH_INTERVAL_NANOS) {
      // Another node may have created it; at most one re-read per second, so requests for
      // unknown layers cannot turn into a flood of catalog reads.
      lastMissRefresh = now;
      refreshCatalog();
      layer = catalog.get(layerId);
    }
    return Optional.ofNullable(layer);
  }

  /**
   * Limits how long one query or count may run (0: no limit). A query cancelled by the database
   * raises {@link QueryTimeoutException}.
   */
  public void setQueryTimeout(java.time.Duration timeout) {
    this.queryTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toSeconds()));
  }

  @Override
  public long catalogSequence() {
    return read(CatalogDao::sequence);
  }

  @Override
  public long layerVersion(String layerId) {
    return read(c -> ChangeLog.version(c, layerId));
  }

  @Override
  public Map<String, Long> layerVersions() {
    return read(ChangeLog::versions);
  }

  @Override
  public List<StoreChange> changesSince(String layerId, long version, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive, was " + max);
    }
    return read(c -> ChangeLog.since(c, layerId, version, max));
  }

  private void layerChanged(Connection c, String layerId) throws SQLException {
    ChangeLog log = new ChangeLog();
    log.layer(layerId, now());
    log.write(c);
  }

  /** Re-reads the catalog from the database (after another node changed it). */
  @Override
  public void refreshCatalog() {
    read(
        c -> {
          // The counter first: a change committed while the rest is read is seen at the next check.
          long sequence = CatalogDao.sequence(c);
          // Lists first: a layer read after them never names a list this node does not know.
          codeLists = CatalogDao.loadCodeLists(c);
          catalog = CatalogDao.loadAll(c);
          searchFields = SearchIndex.loadFields(c);
          loadedSequence = sequence;
          return null;
        });
  }

  // --- named styles --------------------------------------------------------------------------

  @Override
  public List<cn.onemap.core.catalog.LayerStyle> layerStyles() {
    return read(CatalogDao::loadStyles);
  }

  @Override
  public void putLayerStyle(cn.onemap.core.catalog.LayerStyle style) {
    requireLayer(style.layerId());
    write(
        c -> {
          CatalogDao.putStyle(c, style);
          CatalogDao.bumpSequence(c);
          layerChanged(c, style.layerId());
          return null;
        });
  }

  @Override
  public boolean removeLayerStyle(String layerId, String name) {
    LayerDefinition layer = requireLayer(layerId);
    if (layer.defaultStyle().equals(name)) {
      throw new cn.onemap.core.GisException(
          "STYLE_IN_USE",
          "style '"
              + name
              + "' is the default style of layer '"
              + layerId
              + "': choose another default style first",
          Map.of("layer", layerId, "style", name),
          null);
    }
    return write(
        c -> {
          if (!CatalogDao.deleteStyle(c, layerId, name)) {
            return false;
          }
          CatalogDao.bumpSequence(c);
          layerChanged(c, layerId);
          return true;
        });
  }

  // --- code lists ----------------------------------------------------------------------------

  @Override
  public List<cn.onemap.core.catalog.CodeList> codeLists() {
    catalog();
    return List.copyOf(codeLists.values());
  }

  @Override
  public Optional<cn.onemap.core.catalog.CodeList> codeList(String codeListId) {
    var list = codeLists.get(codeListId);
    if (list == null && codeListId != null) {
      // Created on another node since the last refresh (a layer naming it may be coming).
      list = read(CatalogDao::loadCodeLists).get(codeListId);
    }
    return Optional.ofNullable(list);
  }

  @Override
  public void putCodeList(cn.onemap.core.catalog.CodeList list) {
    for (LayerDefinition layer : catalog.values()) {
      for (AttributeDefinition a : layer.attributes()) {
        if (list.id().equals(a.codeList())) {
          list.requireFits(layer.id(), a);
        }
      }
    }
    write(
        c -> {
          CatalogDao.putCodeList(c, list, now());
          CatalogDao.bumpSequence(c);
          return null;
        });
    refreshCatalog();
  }

  @Override
  public LayerDefinition setAttributeCodeList(String layerId, String attribute, String codeListId) {
    AttributeDefinition a = requireAttribute(layerId, attribute);
    if (codeListId != null) {
      requireCodeListFits(layerId, a.withCodeList(codeListId));
    }
    write(
        c -> {
          CatalogDao.setAttributeCodeList(c, layerId, attribute, codeListId, now());
          CatalogDao.bumpSequence(c);
          layerChanged(c, layerId);
          return null;
        });
    refreshCatalog();
    return requireLayer(layerId);
  }

  @Override
  public LayerDefinition setAttributeReadRole(String layerId, String attribute, String role) {
    AttributeDefinition a = requireAttribute(layerId, attribute);
    String checked = a.withReadRole(role).readRole(); // validates the name
    write(
        c -> {
          CatalogDao.setAttributeReadRole(c, layerId, attribute, checked, now());
          CatalogDao.bumpSequence(c);
          layerChanged(c, layerId);
          return null;
        });
    refreshCatalog();
    return requireLayer(layerId);
  }

  private AttributeDefinition requireAttribute(String layerId, String attribute) {
    LayerDefinition layer = requireLayer(layerId);
    return layer
        .attribute(attribute)
        .orElseThrow(
            () ->
                new cn.onemap.core.catalog.UnknownPropertyException(
                    layerId,
                    attribute,
                    layer.attributes().stream().map(AttributeDefinition::name).toList()));
  }

  private void requireCodeListFits(String layerId, AttributeDefinition a) {
    if (a.codeList() == null) {
      return;
    }
    codeList(a.codeList())
        .orElseThrow(
            () ->
                new SchemaException(
                    "attribute '"
                        + a.name()
                        + "' of layer '"
                        + layerId
                        + "' names code list '"
                        + a.codeList()
                        + "', which does not exist",
                    Map.of("attribute", a.name(), "codeList", a.codeList())))
        .requireFits(layerId, a);
  }

  @Override
  public void createLayer(LayerDefinition layer) {
    if (layer(layer.id()).isPresent()) {
      throw new LayerExistsException(layer.id());
    }
    layer.attributes().forEach(a -> requireCodeListFits(layer.id(), a));
    LayerTable table = new LayerTable(layer, dialect);
    boolean[] tableCreated = {false};
    try {
      write(
          c -> {
            List<String> ddl = table.createDdl();
            execute(c, ddl.get(0));
            tableCreated[0] = true;
            for (String statement : ddl.subList(1, ddl.size())) {
              execute(c, statement);
            }
            CatalogDao.insert(c, layer, now());
            SearchIndex.putFields(c, SearchFields.defaults(layer));
            CatalogDao.bumpSequence(c);
            layerChanged(c, layer.id());
            return null;
          },
          false);
    } catch (RuntimeException e) {
      if (tableCreated[0]) {
        // H2 commits DDL implicitly: undo by hand what this failed creation left behind.
        write(c -> dropTable(c, table), false);
      }
      refreshCatalog();
      throw e;
    }
    refreshCatalog();
  }

  /**
   * Per-layer guard of this node's writers against a schema change: H2 rebuilds a table on ALTER
   * TABLE, and edits its other sessions wrote meanwhile were lost or written twice (bench/cases.sh:
   * the overdue escalator adding its attributes while 16 clients moved cases lost a reported case
   * and failed the next versions of another). Edits share the lock; {@link #alterLayer} holds it
   * alone. (PostgreSQL's ALTER TABLE takes its own exclusive lock, across nodes too.)
   */
  private final java.util.concurrent.ConcurrentHashMap<
          String, java.util.concurrent.locks.ReentrantReadWriteLock>
      layerLocks = new java.util.concurrent.ConcurrentHashMap<>();

  private java.util.concurrent.locks.ReentrantReadWriteLock layerLock(String layerId) {
    return layerLocks.computeIfAbsent(
        layerId, id -> new java.util.concurrent.locks.ReentrantReadWriteLock());
  }

  @Override
  public LayerDefinition alterLayer(String layerId, LayerChange change) {
    var lock = layerLock(layerId).writeLock();
    lock.lock();
    try {
      return alterLayerAlone(layerId, change);
    } finally {
      lock.unlock();
    }
  }

  private LayerDefinition alterLayerAlone(String layerId, LayerChange change) {
    LayerDefinition old = requireLayer(layerId);
    change.addAttributes().forEach(a -> requireCodeListFits(layerId, a));
    var attributes = new ArrayList<>(old.attributes());
    attributes.addAll(change.addAttributes());
    LayerDefinition altered =
        new LayerDefinition(
            layerId,
            change.title().orElse(old.title()),
            old.kind(),
            old.geometryType(),
            attributes,
            change.accessLevel().orElse(old.accessLevel()),
            old.versioned(),
            change.defaultStyle().orElse(old.defaultStyle()),
            change.group().or(old::group));
    LayerTable table = new LayerTable(altered, dialect);
    write(
        c -> {
          if (change.addAttributes().stream().anyMatch(AttributeDefinition::required)
              && hasRows(c, table)) {
            throw new SchemaException(
                "cannot add a required attribute to layer '"
                    + layerId
                    + "', which already has features: existing"
                    + " features would have no value; add it as optional instead",
                Map.of("layer", layerId));
          }
          for (AttributeDefinition a : change.addAttributes()) {
            execute(c, "ALTER TABLE " + table.name() + " ADD COLUMN " + table.addColumnSql(a));
          }
          CatalogDao.insertAttributes(c, layerId, change.addAttributes(), old.attributes().size());
          CatalogDao.updateMetadata(c, altered, now());
          SearchIndex.putFields(
              c,
              searchFields(layerId)
                  .orElseGet(() -> SearchFields.defaults(old))
                  .withAdded(altered, change.addAttributes()));
          CatalogDao.bumpSequence(c);
          layerChanged(c, layerId);
          return null;
        });
    refreshCatalog();
    return altered;
  }

  @Override
  public void dropLayer(String layerId) {
    LayerTable table = new LayerTable(requireLayer(layerId), dialect);
    extents.remove(layerId);
    firstValidFroms.remove(layerId);
    write(
        c -> {
          CatalogDao.delete(c, layerId);
          SearchIndex.removeLayer(c, layerId);
          CatalogDao.bumpSequence(c);
          layerChanged(c, layerId);
          return dropTable(c, table);
        },
        false);
    refreshCatalog();
  }

  // --- edits ---------------------------------------------------------------------------------

  @Override
  public EditResult apply(String layerId, List<FeatureEdit> edits, EditContext context) {
    return apply(layerId, edits, context, true);
  }

  @Override
  public List<EditResult> applyAll(
      List<cn.onemap.core.feature.LayerEdits> batches, EditContext context) {
    List<java.util.concurrent.locks.Lock> locks =
        batches.stream()
            .map(b -> b.layerId())
            .distinct()
            .sorted()
            .map(id -> (java.util.concurrent.locks.Lock) layerLock(id).readLock())
            .toList();
    locks.forEach(java.util.concurrent.locks.Lock::lock);
    try {
      return applyAllLocked(batches, context);
    } finally {
      locks.forEach(java.util.concurrent.locks.Lock::unlock);
    }
  }

  private List<EditResult> applyAllLocked(
      List<cn.onemap.core.feature.LayerEdits> batches, EditContext context) {
    List<LayerTable> tables = batches.stream().map(b -> table(b.layerId())).toList();
    ChangeLog[] committed = new ChangeLog[1];
    try {
      List<EditResult> results =
          write(
              c -> {
                Instant at = now();
                ChangeLog log = new ChangeLog();
                List<EditResult> out = new java.util.ArrayList<>();
                for (int i = 0; i < batches.size(); i++) {
                  LayerTable table = tables.get(i);
                  FeatureRules rules = new FeatureRules(table.layer(), this::codeList);
                  out.add(
                      new FeatureEditor(
                              c, table, dialect, rules, context, at, log, searchColumns(table))
                          .apply(batches.get(i).edits().iterator()));
                }
                committed[0] = log;
                log.write(c);
                return out;
              },
              true);
      for (int i = 0; i < batches.size(); i++) {
        String layerId = batches.get(i).layerId();
        tell(edited(layerId, context, results.get(i), committed[0].listedIds(layerId)));
      }
      return results;
    } finally {
      batches.forEach(b -> extents.remove(b.layerId()));
    }
  }

  @Override
  @SuppressWarnings("unchecked") // read-only use of the iterator: covariance is safe
  public EditResult apply(
      String layerId, Iterator<? extends FeatureEdit> edits, EditContext context) {
    Iterable<FeatureEdit> once = () -> (Iterator<FeatureEdit>) edits;
    return apply(layerId, once, context, false);
  }

  private EditResult apply(
      String layerId, Iterable<? extends FeatureEdit> edits, EditContext context, boolean retry) {
    var lock = layerLock(layerId).readLock();
    lock.lock();
    try {
      return applyLocked(layerId, edits, context, retry);
    } finally {
      lock.unlock();
    }
  }

  private EditResult applyLocked(
      String layerId, Iterable<? extends FeatureEdit> edits, EditContext context, boolean retry) {
    LayerTable table = table(layerId);
    FeatureRules rules = new FeatureRules(table.layer(), this::codeList);
    ChangeLog[] committed = new ChangeLog[1];
    try {
      EditResult result =
          write(
              c -> {
                ChangeLog log = new ChangeLog();
                EditResult r =
                    new FeatureEditor(
                            c, table, dialect, rules, context, now(), log, searchColumns(table))
                        .apply(edits.iterator());
                committed[0] = log;
                log.write(c);
                return r;
              },
              retry);
      tell(edited(layerId, context, result, committed[0].listedIds(layerId)));
      return result;
    } finally {
      extents.remove(layerId); // after the commit, so no reader caches the old extent
    }
  }

  @Override
  public long bulkInsert(
      String layerId,
      Iterator<FeatureEdit.Insert> features,
      EditContext context,
      LongConsumer progress) {
    LayerTable table = table(layerId);
    FeatureRules rules = new FeatureRules(table.layer(), this::codeList);
    Instant at = now();
    try {
      long loaded =
          inConnection(
              c -> {
                try (Connection idConnection = dataSource.getConnection()) {
                  IdAllocator ids = new IdAllocator(idConnection, dialect, table.sequence());
                  return new BulkLoad(
                          c,
                          table,
                          dialect,
                          rules,
                          context,
                          at,
                          PROGRESS_EVERY,
                          ids,
                          searchColumns(table))
                      .run(features, progress);
                }
              });
      tell(new CommittedEdit(layerId, context, at, loaded, 0, 0, List.of(), true));
      return loaded;
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && dialect.isUniqueViolation(sql)) {
        throw new DuplicateFeatureException(layerId, "(an id in the load) — " + sql.getMessage());
      }
      throw e;
    } finally {
      extents.remove(layerId);
    }
  }

  // --- edit listeners ----------------------------------------------------------------------

  /**
   * Adds a listener told of every committed edit, bulk load included, once per layer written, on
   * the writer's thread after the commit. A listener that throws is logged and does not undo or
   * fail the edit; nor is it told of writes that rolled back.
   */
  public void addEditListener(Consumer<CommittedEdit> listener) {
    editListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
  }

  private static CommittedEdit edited(
      String layerId, EditContext context, EditResult result, List<String> ids) {
    return new CommittedEdit(
        layerId,
        context,
        result.timestamp(),
        result.insertedIds().size(),
        result.updated(),
        result.deleted(),
        ids,
        false);
  }

  private void tell(CommittedEdit edit) {
    if (!edit.changedAnything()) {
      return;
    }
    for (Consumer<CommittedEdit> listener : editListeners) {
      try {
        listener.accept(edit);
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(JdbcFeatureStore.class)
            .warn("edit listener failed on layer {}: {}", edit.layerId(), e.toString());
      }
    }
  }

  // --- search index --------------------------------------------------------------------------

  private int[] searchColumns(LayerTable table) {
    return searchFields(table.layer().id())
        .map(f -> SearchIndex.columns(table.layer(), f))
        .orElse(new int[0]);
  }

  @Override
  public Optional<SearchFields> searchFields(String layerId) {
    return Optional.ofNullable(searchFields.get(layerId));
  }

  @Override
  public long setSearchFields(SearchFields fields) {
    LayerTable table = table(fields.layerId());
    for (String a : fields.attributes()) {
      requireAttribute(fields.layerId(), a);
    }
    long indexed =
        write(
            c -> {
              SearchIndex.putFields(c, fields);
              SearchIndex.removeLayer(c, fields.layerId());
              return SearchIndex.index(c, table, SearchIndex.columns(table.layer(), fields), 0);
            });
    refreshCatalog();
    return indexed;
  }

  @Override
  public long rebuildSearchIndex(String layerId) {
    return setSearchFields(
        searchFields(layerId).orElseGet(() -> SearchFields.defaults(requireLayer(layerId))));
  }

  @Override
  public List<SearchMatch> search(List<LayerDefinition> layers, String text, int max) {
    String q = SearchText.normalize(text == null ? "" : text);
    if (q.isEmpty() || max < 1) {
      throw new IllegalArgumentException("search text must not be empty, and max >= 1");
    }
    var searched = SearchLookup.searched(layers, searchFields);
    return read(c -> SearchLookup.find(c, searched, q, max));
  }

  // --- reads ---------------------------------------------------------------------------------

  @Override
  public Optional<Feature> get(String layerId, String featureId) {
    LayerTable table = table(layerId);
    List<Feature> found =
        select(table, "fid = ? AND " + LayerTable.currentCondition(), List.of(featureId), "");
    return found.stream().findFirst();
  }

  @Override
  public Optional<Feature> get(String layerId, String featureId, Instant asOf) {
    LayerTable table = table(layerId);
    if (!table.layer().versioned()) {
      throw new NotVersionedException(layerId);
    }
    return select(
            table, "fid = ? AND " + LayerTable.asOfCondition(), List.of(featureId, asOf, asOf), "")
        .stream()
        .findFirst();
  }

  @Override
  public List<Feature> history(String layerId, String featureId) {
    LayerTable table = table(layerId);
    List<Feature> versions = select(table, "fid = ?", List.of(featureId), " ORDER BY version");
    if (versions.isEmpty()) {
      throw new FeatureNotFoundException(layerId, featureId);
    }
    return versions;
  }

  @Override
  public FeatureCursor query(FeatureQuery query) {
    LayerTable table = table(query.layerId());
    SqlFragment sql = QuerySql.select(query, table, dialect);
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      PreparedStatement ps = c.prepareStatement(sql.sql());
      ps.setQueryTimeout(queryTimeoutSeconds);
      dialect.streamResults(c, ps);
      JdbcValues.bindAll(ps, 1, sql.params(), dialect);
      return new JdbcFeatureCursor(
          c, ps, ps.executeQuery(), table, table.projection(query.properties()));
    } catch (SQLException e) {
      closeQuietly(c);
      if (QueryTimeoutException.isTimeout(e)) {
        throw new QueryTimeoutException(query.layerId(), queryTimeoutSeconds);
      }
      throw new StoreException(
          "querying layer '" + query.layerId() + "' failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<byte[]> vectorTile(VectorTileRequest request) {
    if (!dialect.encodesVectorTiles()) {
      return Optional.empty();
    }
    LayerTable table = table(request.layerId());
    SqlFragment sql = VectorTileSql.select(request, table, dialect);
    return Optional.of(
        read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
                ps.setQueryTimeout(queryTimeoutSeconds);
                JdbcValues.bindAll(ps, 1, sql.params(), dialect);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  if (rs.getLong(2) > request.maxFeatures()) {
                    throw new FeatureLimitException(request.layerId(), request.maxFeatures());
                  }
                  byte[] bytes = rs.getBytes(1);
                  return bytes == null ? new byte[0] : bytes;
                } catch (SQLException e) {
                  if (QueryTimeoutException.isTimeout(e)) {
                    throw new QueryTimeoutException(request.layerId(), queryTimeoutSeconds);
                  }
                  throw e;
                }
              }
            }));
  }

  /**
   * The database's plan for a query, for administrators checking that the spatial index is used.
   */
  public String explain(FeatureQuery query) {
    LayerTable table = table(query.layerId());
    SqlFragment sql = QuerySql.select(query, table, dialect);
    return read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.sql())) {
            JdbcValues.bindAll(ps, 1, sql.params(), dialect);
            try (ResultSet rs = ps.executeQuery()) {
              var plan = new StringBuilder();
              while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
              }
              return plan.toString();
            }
          }
        });
  }

  @Override
  public long count(FeatureQuery query) {
    LayerTable table = table(query.layerId());
    SqlFragment sql = QuerySql.count(query, table, dialect);
    return read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            ps.setQueryTimeout(queryTimeoutSeconds);
            JdbcValues.bindAll(ps, 1, sql.params(), dialect);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            } catch (SQLException e) {
              if (QueryTimeoutException.isTimeout(e)) {
                throw new QueryTimeoutException(query.layerId(), queryTimeoutSeconds);
              }
              throw e;
            }
          }
        });
  }

  @Override
  public Aggregate.Result aggregate(Aggregate aggregate) {
    FeatureQuery query = aggregate.query();
    LayerTable table = table(query.layerId());
    SqlFragment sql = AggregateSql.select(aggregate, table, dialect);
    var keyType = AggregateSql.keyType(aggregate, table);
    return read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            ps.setQueryTimeout(queryTimeoutSeconds);
            JdbcValues.bindAll(ps, 1, sql.params(), dialect);
            try (ResultSet rs = ps.executeQuery()) {
              var groups = new java.util.ArrayList<Aggregate.Group>();
              long total = 0;
              long groupCount = 0;
              while (rs.next()) {
                long n = rs.getLong(2);
                total += n;
                groupCount++;
                if (groups.size() < aggregate.maxGroups()) {
                  Object key = JdbcValues.read(rs, 1, keyType);
                  double s = rs.getDouble(3);
                  Optional<Double> sum = rs.wasNull() ? Optional.empty() : Optional.of(s);
                  groups.add(new Aggregate.Group(key, n, sum));
                }
              }
              return new Aggregate.Result(groups, total, groupCount);
            } catch (SQLException e) {
              if (QueryTimeoutException.isTimeout(e)) {
                throw new QueryTimeoutException(query.layerId(), queryTimeoutSeconds);
              }
              throw e;
            }
          }
        });
  }

  @Override
  public Optional<Envelope> extent(String layerId) {
    LayerTable table = table(layerId);
    CachedExtent cached = extents.get(layerId);
    if (cached != null && System.nanoTime() - cached.at() < EXTENT_TTL_NANOS) {
      return cached.extent();
    }
    Optional<Envelope> extent = computeExtent(table);
    extents.put(layerId, new CachedExtent(extent, System.nanoTime()));
    return extent;
  }

  /**
   * A scan of the layer, cached like the extent. Only a found value is cached: history is
   * append-only, so the oldest valid_from stays put until the layer is dropped.
   */
  @Override
  public Optional<Instant> firstValidFrom(String layerId) {
    LayerTable table = table(layerId);
    CachedFirstValidFrom cached = firstValidFroms.get(layerId);
    if (cached != null && System.nanoTime() - cached.at() < EXTENT_TTL_NANOS) {
      return Optional.of(cached.first());
    }
    Optional<Instant> first =
        read(
            c -> {
              try (Statement st = c.createStatement();
                  ResultSet rs = st.executeQuery("SELECT MIN(valid_from) FROM " + table.name())) {
                if (!rs.next()) {
                  return Optional.empty();
                }
                return Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class))
                    .map(java.time.OffsetDateTime::toInstant);
              }
            });
    first.ifPresent(
        f -> firstValidFroms.put(layerId, new CachedFirstValidFrom(f, System.nanoTime())));
    return first;
  }

  private record CachedFirstValidFrom(Instant first, long at) {}

  private final Map<String, CachedFirstValidFrom> firstValidFroms =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Optional<Envelope> computeExtent(LayerTable table) {
    return read(
        c -> {
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery(dialect.extentSql(table.name(), LayerTable.currentCondition()))) {
            if (!rs.next() || rs.getObject(1) == null) {
              return Optional.empty();
            }
            return Optional.of(
                new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)));
          }
        });
  }

  @Override
  public void close() {
    try {
      pool.close();
    } catch (Exception e) {
      throw new StoreException("closing the store failed: " + e.getMessage(), e);
    }
  }

  // --- plumbing ------------------------------------------------------------------------------

  private LayerTable table(String layerId) {
    return new LayerTable(requireLayer(layerId), dialect);
  }

  private List<Feature> select(LayerTable table, String where, List<Object> params, String suffix) {
    String sql =
        "SELECT " + table.selectList() + " FROM " + table.name() + " WHERE " + where + suffix;
    return read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            JdbcValues.bindAll(ps, 1, params, dialect);
            try (ResultSet rs = ps.executeQuery()) {
              var features = new ArrayList<Feature>();
              while (rs.next()) {
                features.add(table.readFeature(rs));
              }
              return features;
            }
          }
        });
  }

  private static Void dropTable(Connection c, LayerTable table) throws SQLException {
    for (String ddl : table.dropDdl()) {
      execute(c, ddl);
    }
    return null;
  }

  private static boolean hasRows(Connection c, LayerTable table) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1 FROM " + table.name() + " LIMIT 1")) {
      return rs.next();
    }
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Work on a connection inside a transaction; retried when concurrent writers collide. */
  protected interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("database read failed: " + e.getMessage(), e);
    } catch (SqlRuntimeException e) {
      throw new StoreException("database read failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * One transaction, the connection's own; the work decides the transaction boundaries (bulk
   * loads).
   */
  private <T> T inConnection(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("database write failed: " + e.getMessage(), e);
    } catch (SqlRuntimeException e) {
      throw new StoreException("database write failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  protected <T> T write(SqlWork<T> work) {
    return write(work, true);
  }

  /**
   * Runs the work in one transaction. With {@code retry}, a transient conflict or a unique
   * violation caused by a concurrent writer re-runs the whole transaction, which then sees the
   * other writer's commit.
   */
  private <T> T write(SqlWork<T> work, boolean retry) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          SQLException sql =
              e instanceof SqlRuntimeException s
                  ? s.getCause()
                  : e instanceof SQLException s ? s : null;
          if (sql != null
              && retry
              && attempt < MAX_ATTEMPTS
              && (dialect.isTransientConflict(sql) || dialect.isUniqueViolation(sql))) {
            continue; // a concurrent writer won; the next attempt sees its commit
          }
          if (sql != null) {
            throw new StoreException("database write failed: " + sql.getMessage(), sql);
          }
          throw (RuntimeException) e;
        }
      } catch (SQLException e) {
        throw new StoreException("database connection failed: " + e.getMessage(), e);
      }
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the original failure is what the caller needs to see
      }
    }
  }
}
