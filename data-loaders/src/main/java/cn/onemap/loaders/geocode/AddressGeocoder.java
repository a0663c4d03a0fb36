package cn.onemap.loaders.geocode;

import java.util.Optional;

/**
 * The hook through which a CSV import locates rows that have an address but no coordinates; {@link
 * EngineGeocoder} implements it with the address engine. Called once per such row on the import
 * thread, so an implementation backed by a remote service should cache.
 */
@FunctionalInterface
public interface AddressGeocoder {

  /** The location of the address, or empty when it cannot be matched well enough. */
  Optional<GeocodedLocation> geocode(String address);
}
