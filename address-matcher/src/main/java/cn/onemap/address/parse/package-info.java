/**
 * Parsing address texts against a lexicon of names (admin units of the country, the registry's
 * streets with former names, compounds, aliases): longest-name-first, order-free, with fuzzy
 * lookups of unmatched stretches weighed by pinyin similarity.
 */
package cn.onemap.address.parse;
