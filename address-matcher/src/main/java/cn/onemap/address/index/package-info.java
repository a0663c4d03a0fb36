/**
 * The city's address registry in memory: standard addresses as primitive columns sorted by code,
 * streets with their lines, door plates and former names, compounds and admin units; loaded from a
 * feature store by {@link cn.onemap.address.index.RegistryLoader}.
 */
package cn.onemap.address.index;
