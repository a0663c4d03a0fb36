package cn.onemap.address;

import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How an {@link AddressEngine} reads its city and keeps what it learns.
 *
 * @param addressLayer the standard-address layer (points; attributes code, level, county, town,
 *     community, street, street_code, door_no, compound, building_no, unit_no, room_no,
 *     parent_code)
 * @param streetLayer the street layer (lines; code, name, county_code); former names come from its
 *     version history
 * @param districtLayer admin polygons for reverse geocoding (county level; attribute code, name)
 * @param townLayer admin polygons, town level
 * @param communityLayer admin polygons, community level
 * @param gridLayer unit grids (attribute code)
 * @param homeCity 4-digit code of the city whose registry is loaded (ambiguous county names in the
 *     country resolve to this city's first)
 * @param reviewBelow batch rows whose best confidence is below this go to the review queue
 * @param tables where aliases and the review queue are kept; empty: the store's own database when
 *     it is a JDBC store, else in memory only
 */
public record EngineOptions(
    String addressLayer,
    String streetLayer,
    String districtLayer,
    String townLayer,
    String communityLayer,
    String gridLayer,
    String homeCity,
    double reviewBelow,
    Optional<DataSource> tables) {

  public EngineOptions {
    Objects.requireNonNull(addressLayer, "addressLayer");
    Objects.requireNonNull(streetLayer, "streetLayer");
    Objects.requireNonNull(homeCity, "homeCity");
    if (!homeCity.matches("\\d{4}")) {
      throw new IllegalArgumentException("homeCity must be a 4-digit city code, was " + homeCity);
    }
    if (!(reviewBelow >= 0 && reviewBelow <= 1)) {
      throw new IllegalArgumentException("reviewBelow must be in [0, 1], was " + reviewBelow);
    }
    Objects.requireNonNull(tables, "tables");
  }

  /** The sample city's layer names (sample-data), city 梅州市 4414, review below 0.8. */
  public static EngineOptions defaults() {
    return new EngineOptions(
        "addresses",
        "address_streets",
        "admin_districts",
        "admin_towns",
        "admin_communities",
        "unit_grids",
        "4414",
        0.8,
        Optional.empty());
  }

  public EngineOptions withTables(DataSource dataSource) {
    return new EngineOptions(
        addressLayer,
        streetLayer,
        districtLayer,
        townLayer,
        communityLayer,
        gridLayer,
        homeCity,
        reviewBelow,
        Optional.of(dataSource));
  }

  public EngineOptions withReviewBelow(double threshold) {
    return new EngineOptions(
        addressLayer,
        streetLayer,
        districtLayer,
        townLayer,
        communityLayer,
        gridLayer,
        homeCity,
        threshold,
        tables);
  }
}
