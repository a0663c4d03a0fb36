package cn.onemap.loaders.csv;

import cn.onemap.loaders.source.SourceOptions.CsvColumns;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which CSV columns hold the geometry: a WKT column, or an x/y pair, found by the names in the
 * request or by common names in English and Chinese.
 *
 * @param wkt index of the WKT column
 * @param x index of the easting/longitude column
 * @param y index of the northing/latitude column
 * @param address index of the address column (for geocoding rows without coordinates)
 */
record CsvLayout(OptionalInt wkt, OptionalInt x, OptionalInt y, OptionalInt address) {
  private static final List<String> WKT_NAMES =
      List.of("wkt", "geom", "geometry", "the_geom", "shape", "几何", "空间信息");
  private static final List<List<String>> XY_NAMES =
      List.of(
          List.of("x", "y"),
          List.of("lon", "lat"),
          List.of("lng", "lat"),
          List.of("longitude", "latitude"),
          List.of("经度", "纬度"),
          List.of("东坐标", "北坐标"),
          List.of("x坐标", "y坐标"),
          List.of("easting", "northing"));

  static CsvLayout find(List<String> header, CsvColumns columns) {
    OptionalInt address =
        columns.address().isPresent()
            ? require(header, columns.address().get())
            : OptionalInt.empty();
    if (columns.wkt().isPresent()) {
      return new CsvLayout(
          require(header, columns.wkt().get()), OptionalInt.empty(), OptionalInt.empty(), address);
    }
    if (columns.x().isPresent() || columns.y().isPresent()) {
      if (columns.x().isEmpty() || columns.y().isEmpty()) {
        throw new IllegalArgumentException("name both the x and the y column");
      }
      return new CsvLayout(
          OptionalInt.empty(),
          require(header, columns.x().get()),
          require(header, columns.y().get()),
          address);
    }
    for (String n : WKT_NAMES) {
      OptionalInt i = index(header, n);
      if (i.isPresent()) {
        return new CsvLayout(i, OptionalInt.empty(), OptionalInt.empty(), address);
      }
    }
    for (List<String> pair : XY_NAMES) {
      OptionalInt x = index(header, pair.get(0));
      OptionalInt y = index(header, pair.get(1));
      if (x.isPresent() && y.isPresent()) {
        return new CsvLayout(OptionalInt.empty(), x, y, address);
      }
    }
    if (address.isPresent()) {
      return new CsvLayout(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), address);
    }
    throw new IllegalArgumentException(
        "no geometry column found in the header "
            + header
            + ": name a WKT column (wkt, geom, geometry) or x/y columns (x/y, lon/lat, 经度/纬度),"
            + " or give them with --wkt or --x/--y");
  }

  boolean isGeometryColumn(int i) {
    return (wkt.isPresent() && wkt.getAsInt() == i)
        || (x.isPresent() && x.getAsInt() == i)
        || (y.isPresent() && y.getAsInt() == i);
  }

  Optional<String> describe(List<String> header) {
    if (wkt.isPresent()) {
      return Optional.of("WKT column '" + header.get(wkt.getAsInt()) + "'");
    }
    if (x.isPresent()) {
      return Optional.of(
          "x/y columns '" + header.get(x.getAsInt()) + "'/'" + header.get(y.getAsInt()) + "'");
    }
    return Optional.empty();
  }

  private static OptionalInt require(List<String> header, String name) {
    return OptionalInt.of(
        index(header, name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "column '" + name + "' is not in the header " + header)));
  }

  private static OptionalInt index(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
