/**
 * Upload imports: files a data steward uploads become a background job that runs the data-loaders
 * importer (one transaction per import), reports progress while it runs, and keeps the QC report
 * for download. Jobs live in memory on the node that runs them.
 */
package cn.onemap.portal.imports;
