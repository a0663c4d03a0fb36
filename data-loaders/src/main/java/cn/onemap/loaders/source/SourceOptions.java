package cn.onemap.loaders.source;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to open a source, beyond what the file itself says.
 *
 * @param format the format; empty to decide by file extension
 * @param encoding text encoding of CSV and DBF; empty to use .cpg / BOM / detection
 * @param csv which CSV columns hold the geometry
 * @param sourceLayer the GeoPackage table to read; empty when the file has exactly one
 */
public record SourceOptions(
    Optional<SourceFormat> format,
    Optional<Charset> encoding,
    CsvColumns csv,
    Optional<String> sourceLayer) {

  /** Everything detected from the file. */
  public static SourceOptions detect() {
    return new SourceOptions(
        Optional.empty(), Optional.empty(), CsvColumns.auto(), Optional.empty());
  }

  /**
   * CSV geometry columns, by header name (case-insensitive). Empty fields are found automatically:
   * a WKT column named wkt/geom/geometry/shape/the_geom, else x/y pairs named x/y, lon/lat,
   * lng/lat, longitude/latitude, 经度/纬度, 东坐标/北坐标 or X坐标/Y坐标.
   *
   * @param wkt the WKT column
   * @param x the easting/longitude column
   * @param y the northing/latitude column
   * @param address a column holding an address, used through an {@code AddressGeocoder} when a row
   *     has no coordinates
   * @param delimiter the field separator; empty to pick ',', ';', tab or '|' from the header line
   */
  public record CsvColumns(
      Optional<String> wkt,
      Optional<String> x,
      Optional<String> y,
      Optional<String> address,
      Optional<Character> delimiter) {
    public static CsvColumns auto() {
      return new CsvColumns(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
