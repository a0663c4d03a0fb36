package cn.onemap.ogc.export;

import cn.onemap.ogc.gml.WireCrs;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to write a download.
 *
 * @param crs the CRS of the written coordinates (always x = east/longitude first, as every file
 *     format here stores them); KML is always written in EPSG:4326 whatever this says
 * @param dbfCharset the Shapefile's DBF text encoding, named in its {@code .cpg} (UTF-8, or GBK for
 *     old ArcGIS and SuperMap)
 * @param labelHeaders CSV header from the attributes' Chinese labels instead of their names
 */
public record ExportOptions(WireCrs crs, Charset dbfCharset, boolean labelHeaders) {
  public static final Charset GBK = Charset.forName("GBK");

  public ExportOptions {
    Objects.requireNonNull(crs, "crs");
    Objects.requireNonNull(dbfCharset, "dbfCharset");
  }

  /** Storage CRS (EPSG:4490, lon/lat), UTF-8, attribute names. */
  public static ExportOptions defaults() {
    return new ExportOptions(WireCrs.storage().eastFirst(), StandardCharsets.UTF_8, false);
  }

  /** The same options with another DBF encoding when one is given. */
  public ExportOptions withCharset(java.util.Optional<Charset> c) {
    return c.map(cs -> new ExportOptions(crs, cs, labelHeaders)).orElse(this);
  }

  public ExportOptions withLabelHeaders(boolean labels) {
    return new ExportOptions(crs, dbfCharset, labels);
  }

  public ExportOptions withCrs(WireCrs c) {
    return new ExportOptions(c.eastFirst(), dbfCharset, labelHeaders);
  }

  /**
   * The DBF encoding named by a client: {@code UTF-8} (default) or {@code GBK} (also {@code
   * GB2312}, {@code CP936}, {@code GB18030} read as GBK, which ArcGIS calls 936).
   */
  public static Charset charset(String name) {
    String n = name.strip().toUpperCase(java.util.Locale.ROOT).replace("_", "-");
    return switch (n) {
      case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
      case "GBK", "GB2312", "CP936", "936", "GB18030" -> GBK;
      default ->
          throw new ExportException(
              "charset", "unsupported charset '" + name + "'; use UTF-8 or GBK");
    };
  }

  /** Epsg number of the output CRS (4326 for CRS:84). */
  public int srid() {
    return crs.code().equals("CRS:84") ? 4326 : Integer.parseInt(crs.code().substring(5));
  }
}
