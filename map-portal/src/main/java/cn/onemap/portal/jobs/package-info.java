/**
 * Background jobs of the portal: one registry and worker pool ({@link cn.onemap.portal.jobs.Jobs})
 * shared by upload imports and batch geocoding, with per-owner visibility, cancellation and
 * clean-up of finished jobs' files. Jobs live in memory on the node that runs them.
 */
package cn.onemap.portal.jobs;
