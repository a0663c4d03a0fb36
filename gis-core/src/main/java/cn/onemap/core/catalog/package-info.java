/**
 * The layer catalog: what a layer is (id, Chinese title, kind, geometry type, attribute schema,
 * access level, whether edits keep history, default style). Definitions are validated value
 * objects; the catalog itself is persisted by the feature store in its database, so every portal
 * node sees the same catalog.
 */
package cn.onemap.core.catalog;
