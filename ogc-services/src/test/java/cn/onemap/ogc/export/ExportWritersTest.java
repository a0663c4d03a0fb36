package cn.onemap.ogc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** The format details the HTTP tests do not pin down: DBF layout, GeoPackage binary, .prj, CSV. */
class ExportWritersTest {
  static final Charset GBK = Charset.forName("GBK");

  @Test
  void dbfFieldNamesAreCutToTenBytesAndMadeUnique() throws Exception {
    var attrs =
        List.of(
            AttributeDefinition.optional("description_long", AttributeType.STRING, "说明"),
            AttributeDefinition.optional("description_short", AttributeType.STRING, "简述"),
            AttributeDefinition.optional("descriptio", AttributeType.STRING, "另一个"));
    DbfTable t = new DbfTable(attrs, StandardCharsets.UTF_8);
    assertThat(t.notes())
        .extracting(l -> l.split("\t")[0])
        .containsExactly("descriptio", "descript_1", "descript_2");
  }

  @Test
  void dbfTextIsCutAt254BytesOnACharacterBoundary() throws Exception {
    var attrs = List.of(AttributeDefinition.optional("memo", AttributeType.STRING, "备注"));
    DbfTable t = new DbfTable(attrs, GBK);
    Path rows = Files.createTempFile("dbf-", ".rows");
    try (var out = new DataOutputStream(Files.newOutputStream(rows))) {
      t.spool(out, "a", Map.of("memo", "梅".repeat(200))); // 400 bytes in GBK
    }
    var dbf = new ByteArrayOutputStream();
    t.write(dbf, rows, 1);
    byte[] b = dbf.toByteArray();
    ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(h.getInt(4)).isEqualTo(1);
    int headerLength = h.getShort(8);
    assertThat(headerLength).isEqualTo(32 + 2 * 32 + 1);
    assertThat(b[29]).isEqualTo((byte) 0x4D); // code page 936
    int memoWidth = b[32 + 32 + 16] & 0xFF;
    assertThat(memoWidth).isEqualTo(254);
    String memo =
        new String(Arrays.copyOfRange(b, headerLength + 1 + 1, headerLength + 2 + 254), GBK)
            .strip();
    assertThat(memo).isEqualTo("梅".repeat(127));
    assertThat(t.notes().get(0)).contains("1 个值超过 254 字节被截断");
    Files.delete(rows);
  }

  @Test
  void geoPackageBinaryHasLittleEndianHeaderAndEnvelope() throws Exception {
    var g = new WKTReader().read("LINESTRING (1 2, 3 5)");
    byte[] b = GeoPackageExport.binary(g, 4548, new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN));
    ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(b, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("GP");
    assertThat(b[2]).isZero();
    assertThat(b[3]).isEqualTo((byte) 0b11); // little-endian, xy envelope
    assertThat(h.getInt(4)).isEqualTo(4548);
    assertThat(new double[] {h.getDouble(8), h.getDouble(16), h.getDouble(24), h.getDouble(32)})
        .containsExactly(1, 3, 2, 5);
    assertThat(b[40]).isEqualTo((byte) 1); // WKB little-endian marker
    byte[] empty =
        GeoPackageExport.binary(
            new WKTReader().read("POINT EMPTY"),
            4490,
            new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN));
    assertThat(empty[3]).isEqualTo((byte) 0b1_0001);
  }

  @Test
  void prjIsTheEsriWktArcGisWrites() {
    assertThat(PrjText.esriWkt(4490))
        .startsWith("GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\"");
    assertThat(PrjText.esriWkt(4548))
        .startsWith("PROJCS[\"CGCS2000_3_Degree_GK_CM_117E\"")
        .contains("PARAMETER[\"False_Easting\",500000.0]")
        .contains("PARAMETER[\"Central_Meridian\",117.0]");
    assertThat(PrjText.esriWkt(4527))
        .startsWith("PROJCS[\"CGCS2000_3_Degree_GK_Zone_39\"")
        .contains("PARAMETER[\"False_Easting\",39500000.0]");
    assertThat(PrjText.esriWkt(3857)).contains("Mercator_Auxiliary_Sphere");
    assertThat(PrjText.ogcWkt(4490)).contains("4490");
  }

  @Test
  void codedAttributesGetANameColumnBesideThem() {
    var layer =
        cn.onemap.core.catalog.LayerDefinition.of(
            "pipes",
            "管线",
            cn.onemap.core.catalog.LayerKind.PIPELINE,
            cn.onemap.core.catalog.GeometryType.LINESTRING,
            List.of(
                AttributeDefinition.optional("category", AttributeType.STRING, "类别")
                    .withCodeList("pipe_category"),
                AttributeDefinition.optional("owner", AttributeType.STRING, "权属")));
    var list =
        new cn.onemap.core.catalog.CodeList(
            "pipe_category",
            "管线类别",
            "CJJ 61",
            List.of(cn.onemap.core.catalog.CodeEntry.of("JS", "给水")));
    var names =
        cn.onemap.core.catalog.CodeNames.of(
            layer,
            id ->
                id.equals("pipe_category")
                    ? java.util.Optional.of(list)
                    : java.util.Optional.empty());
    List<AttributeDefinition> written = Exports.withNameColumns(layer.attributes(), names);
    assertThat(written)
        .extracting(AttributeDefinition::name)
        .containsExactly("category", "category_name", "owner");
    assertThat(written.get(1).label()).isEqualTo("类别名称");
    var version =
        new cn.onemap.core.feature.VersionInfo(
            1,
            java.time.Instant.EPOCH,
            java.util.Optional.empty(),
            cn.onemap.core.feature.Operation.INSERT,
            "t",
            java.util.Optional.empty());
    var features =
        List.of(
            new cn.onemap.core.feature.Feature(
                "1", java.util.Optional.empty(), Map.of("category", "JS", "owner", "水务"), version),
            new cn.onemap.core.feature.Feature(
                "2", java.util.Optional.empty(), Map.of("category", "XX"), version));
    var out = Exports.named(features.iterator(), written, names);
    assertThat(out.next().attributes()).containsEntry("category_name", "给水");
    assertThat(out.next().attributes()).containsEntry("category_name", null);
    assertThat(out.hasNext()).isFalse();
  }

  @Test
  void csvQuotesAndDefusesFormulasButNotNumbers() throws Exception {
    var w = new StringWriter();
    CsvExport.field(w, "a,\"b\"", true);
    w.write('|');
    CsvExport.field(w, "=HYPERLINK(1)", true);
    w.write('|');
    CsvExport.field(w, "-12.5", true);
    w.write('|');
    CsvExport.field(w, "梅州", true);
    assertThat(w.toString()).isEqualTo("\"a,\"\"b\"\"\"|'=HYPERLINK(1)|-12.5|梅州");
  }

  @Test
  void formatNamesAndAccept() {
    assertThat(ExportFormat.parse("SHAPE-ZIP")).contains(ExportFormat.SHAPEFILE);
    assertThat(ExportFormat.parse("application/zip")).contains(ExportFormat.SHAPEFILE);
    assertThat(ExportFormat.parse("text/csv; charset=UTF-8")).contains(ExportFormat.CSV);
    assertThat(ExportFormat.parse("KML")).contains(ExportFormat.KML);
    assertThat(ExportFormat.parse("application/geopackage+sqlite3")).contains(ExportFormat.GPKG);
    assertThat(ExportFormat.parse("xlsx")).isEmpty();
    assertThat(ExportFormat.fromAccept("application/json, text/csv;q=0.9"))
        .contains(ExportFormat.CSV);
    assertThat(ExportFormat.fromAccept("text/html,*/*")).isEmpty();
    assertThat(ExportOptions.charset("cp936")).isEqualTo(ExportOptions.GBK);
    assertThatThrownBy(() -> ExportOptions.charset("latin1")).isInstanceOf(ExportException.class);
  }
}
