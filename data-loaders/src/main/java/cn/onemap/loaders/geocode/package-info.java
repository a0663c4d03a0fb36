/**
 * Geocoding in data-loaders: the import hook ({@link cn.onemap.loaders.geocode.AddressGeocoder})
 * with its address-engine implementation ({@link cn.onemap.loaders.geocode.EngineGeocoder}), and
 * batch geocoding of CSV files ({@link cn.onemap.loaders.geocode.CsvGeocodeJob}).
 */
package cn.onemap.loaders.geocode;
