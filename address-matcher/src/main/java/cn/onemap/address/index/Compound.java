package cn.onemap.address.index;

/**
 * A residential compound (小区) of the registry.
 *
 * @param name its name as registered (金利花园)
 * @param address index of its own standard address (level 小区)
 */
public record Compound(String name, int address) {}
