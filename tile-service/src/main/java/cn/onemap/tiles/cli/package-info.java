/** The {@code onemap-tiles} command line: seed, truncate, export, stats. */
package cn.onemap.tiles.cli;
