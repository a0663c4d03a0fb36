package cn.onemap.workflow.cases;

import java.util.Optional;

/**
 * Where a reported point lies: its unit grid (point in polygon), community and nearest standard
 * address. The portal implements it with the store's unit grids and the address engine.
 */
@FunctionalInterface
public interface CaseLocator {
  /**
   * @param gridCode the unit grid (单元网格) code, e.g. 44140200401008
   * @param address the nearest standard address, when one is near
   */
  record Location(String gridCode, String communityCode, Optional<String> address) {}

  /** Empty when the point lies in no unit grid of the city. */
  Optional<Location> locate(double lon, double lat);
}
