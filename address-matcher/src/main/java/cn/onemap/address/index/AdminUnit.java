package cn.onemap.address.index;

import cn.onemap.address.Position;
import java.util.Optional;

/**
 * A county, town or community of the registry: the units its standard addresses lie in.
 *
 * @param code 6, 9 or 12 digits (a prefix of its addresses' codes)
 * @param name the name addresses use (梅江区, 金山街道, 凌东社区)
 * @param parent index of the parent unit in the next coarser table, -1 for counties
 * @param centre mean position of its addresses
 */
public record AdminUnit(String code, String name, int parent, Optional<Position> centre) {}
