/**
 * CSV sources: a streaming RFC 4180 parser and a reader that takes the geometry from a WKT column
 * or x/y columns, in UTF-8 or GBK.
 */
package cn.onemap.loaders.csv;
