/**
 * The {@code onemap-load} command line (picocli): imports files into a store given by URL, prints
 * progress lines and a summary per file, exits non-zero when an import fails.
 */
package cn.onemap.loaders.cli;
