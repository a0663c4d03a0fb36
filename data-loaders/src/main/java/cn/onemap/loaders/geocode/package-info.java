/**
 * The geocoding hook of CSV imports ({@link cn.onemap.loaders.geocode.AddressGeocoder}),
 * implemented elsewhere (the address-matcher module); nothing here matches addresses.
 */
package cn.onemap.loaders.geocode;
