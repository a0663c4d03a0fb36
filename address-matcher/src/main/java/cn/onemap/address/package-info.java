/**
 * The standard-address engine (地名地址匹配引擎): {@link cn.onemap.address.AddressEngine} geocodes
 * free-text Chinese addresses to the city's standard addresses (GB/T 23705 levels) with a
 * calibrated confidence and an explanation, reverse-geocodes points, and runs batches with a review
 * queue whose confirmed corrections are learned as aliases. Plain Java: the portal adapts it to
 * HTTP, data-loaders to CSV files. Subpackages: {@code gazetteer} (admin names and codes of the
 * country, with history), {@code normalize}, {@code index} (the registry in memory), {@code parse},
 * {@code match}, {@code reverse}, {@code batch}, {@code review}.
 */
package cn.onemap.address;
