package cn.onemap.sample.base;

/**
 * A residential compound (小区) filling one lattice cell of the old town.
 *
 * @param index position in the compound list
 * @param name e.g. "金利花园"
 * @param cell lattice cell index
 * @param firstBuilding index of its first building in {@link Buildings#buildings()}
 * @param buildingCount number of its buildings (栋), consecutive from {@code firstBuilding}
 */
public record Compound(int index, String name, int cell, int firstBuilding, int buildingCount) {}
