/**
 * Character encodings of bureau files: strict UTF-8 first, GBK otherwise; .cpg names; what was
 * decided and why ({@link cn.onemap.loaders.text.DetectedEncoding}).
 */
package cn.onemap.loaders.text;
