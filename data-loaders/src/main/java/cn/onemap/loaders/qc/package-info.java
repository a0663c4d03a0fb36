/**
 * Quality-control findings of an import ({@link cn.onemap.loaders.qc.Issue} with a stable {@link
 * cn.onemap.loaders.qc.IssueCode}) and the QC report file they are streamed into (CSV, UTF-8 with
 * BOM for Excel). Errors reject a row; warnings keep it.
 */
package cn.onemap.loaders.qc;
