package cn.onemap.workflow.cases;

import java.util.Optional;

/**
 * Where a reported point lies: its unit grid (point in polygon), the community, street (town) and
 * county that contain it, and the nearest standard address. The portal implements it with the
 * store's unit grids and the address engine.
 */
@FunctionalInterface
public interface CaseLocator {
  /**
   * @param gridCode the unit grid (单元网格) code, e.g. 44140200401008
   * @param communityCode the community (社区/村) code, 12 digits
   * @param streetCode the street or town (街道/镇) code, 9 digits
   * @param countyCode the county or district (县/区) code, 6 digits
   * @param areaName the Chinese names of county, street and community, e.g. "梅江区 江南街道 …社区"
   * @param address the nearest standard address, when one is near
   */
  record Location(
      String gridCode,
      String communityCode,
      String streetCode,
      String countyCode,
      String areaName,
      Optional<String> address) {}

  /** Empty when the point lies in no unit grid of the city. */
  Optional<Location> locate(double lon, double lat);
}
