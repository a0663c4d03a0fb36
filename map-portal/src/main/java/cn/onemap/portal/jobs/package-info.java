/**
 * Background jobs of the portal: one registry and worker pool ({@link cn.onemap.portal.jobs.Jobs})
 * shared by upload imports and batch geocoding, with per-owner visibility, cancellation and
 * clean-up of finished jobs' files. Jobs are durable and shared by the portal nodes: their state
 * lives in the {@code om_job} table, their files in one shared directory, and a node that stops
 * heartbeating has its running jobs failed by the others.
 */
package cn.onemap.portal.jobs;
