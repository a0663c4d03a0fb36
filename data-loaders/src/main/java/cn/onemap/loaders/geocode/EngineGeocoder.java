package cn.onemap.loaders.geocode;

import cn.onemap.address.AddressEngine;
import cn.onemap.address.AddressException;
import cn.onemap.address.Candidate;
import cn.onemap.address.MatchLevel;
import java.util.Optional;

/**
 * The import hook backed by the address engine: a row's address is located when its best candidate
 * is a door plate or finer with at least {@code minConfidence}; coarser or less certain matches
 * leave the row unlocated (the QC report then says so) rather than guessing.
 */
public final class EngineGeocoder implements AddressGeocoder {
  private final AddressEngine engine;
  private final double minConfidence;

  public EngineGeocoder(AddressEngine engine, double minConfidence) {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
    }
    this.engine = engine;
    this.minConfidence = minConfidence;
  }

  @Override
  public Optional<GeocodedLocation> geocode(String address) {
    try {
      Optional<Candidate> best = engine.geocode(address, 1).best();
      if (best.isEmpty()
          || best.get().position().isEmpty()
          || !best.get().level().atLeast(MatchLevel.DOOR)
          || best.get().confidence() < minConfidence) {
        return Optional.empty();
      }
      Candidate c = best.get();
      return Optional.of(
          new GeocodedLocation(
              c.position().get().x(),
              c.position().get().y(),
              "EPSG:4490",
              c.confidence(),
              c.address()));
    } catch (AddressException e) {
      return Optional.empty(); // empty, too long or binary text: the row is reported as not located
    }
  }
}
