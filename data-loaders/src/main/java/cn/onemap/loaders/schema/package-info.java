/**
 * Layer schemas inferred from sources: attribute identifiers from column names (Chinese names kept
 * as labels), attribute types from declarations or sampled values, geometry type.
 */
package cn.onemap.loaders.schema;
