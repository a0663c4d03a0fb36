/**
 * The feature store: one interface ({@link cn.onemap.core.store.FeatureStore}) with two
 * implementations of identical behaviour, embedded H2GIS ({@code store.h2gis}, the zero-set-up
 * default) and PostGIS ({@code store.postgis}). The shared JDBC logic lives here; a {@link
 * cn.onemap.core.store.SqlDialect} holds what differs between the two.
 *
 * <p>Each layer is one table holding every version of every feature (valid-time rows: valid_from
 * inclusive, valid_to exclusive, null while current). Edits never update values in place on
 * versioned layers; they close the current row and insert a new one, so as-of queries and histories
 * are plain selects. All SQL is parameterized; identifiers come only from validated catalog names.
 */
package cn.onemap.core.store;
