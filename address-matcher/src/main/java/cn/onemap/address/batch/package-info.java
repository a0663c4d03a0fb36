/**
 * Batches of addresses: a {@link cn.onemap.address.batch.BatchRun} geocodes rows one at a time
 * (thread-safe, so callers may fan out), counts them into a match-rate report, and sends
 * low-confidence rows to the review queue. File formats live with their readers: the CSV job is in
 * data-loaders.
 */
package cn.onemap.address.batch;
