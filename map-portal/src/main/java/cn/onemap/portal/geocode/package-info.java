/**
 * The address engine over HTTP: single-address geocoding and reverse geocoding (open, with a per-IP
 * rate limit for anonymous callers), batch geocoding of uploaded CSV files as background jobs, and
 * the review queue where data stewards confirm or correct uncertain rows. The engine itself
 * (address-matcher) is built from the feature store at start and rebuilt when the address layers
 * change ({@link cn.onemap.portal.geocode.AddressEngines}).
 */
package cn.onemap.portal.geocode;
