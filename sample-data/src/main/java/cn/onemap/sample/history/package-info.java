/**
 * The sample city's past: the baseline every layer is valid from, street renames of 2019 and the
 * buildings built and demolished over 2016–2026, written through the store's versioned writes with
 * valid-from dates in the past.
 */
package cn.onemap.sample.history;
