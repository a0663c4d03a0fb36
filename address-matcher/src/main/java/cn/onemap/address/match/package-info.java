/**
 * Matching parsed addresses to the registry: candidate retrieval through the registry's indexes,
 * evidence scoring, calibrated confidences, interpolation of unregistered door numbers and the
 * admin-only answers for addresses outside the registry.
 */
package cn.onemap.address.match;
