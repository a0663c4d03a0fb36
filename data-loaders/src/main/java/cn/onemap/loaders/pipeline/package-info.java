/**
 * The per-row checks of an import, applied batch by batch: geometry (swapped axes, bulk transform
 * to CGCS2000, validity and safe repair, the store's own rules) and attributes (mapping, types,
 * required values, keys unique within the file). Bad rows are marked rejected with a QC finding;
 * nothing here throws for bad data.
 */
package cn.onemap.loaders.pipeline;
