package cn.onemap.loaders.gpkg;

import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.crs.WktCrs;
import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceException;
import cn.onemap.loaders.source.SourceField;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceRecord;
import cn.onemap.loaders.source.SourceSchema;
import cn.onemap.loaders.text.DetectedEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * A feature table of a GeoPackage, read through SQLite JDBC (read-only) in one forward-only query.
 * The table is the one the request names, else the file's only feature table. CRS from
 * gpkg_spatial_ref_sys: the EPSG organization code, else its WKT definition ({@link WktCrs}). Text
 * is UTF-8 by specification. Limits: extended geometry types (curves) are rejected per row; byte
 * progress is estimated from the row count.
 */
public final class GeoPackageSource implements FeatureSource {
  private final Path file;
  private final Connection connection;
  private final Statement statement;
  private final ResultSet rows;
  private final GpkgTable table;
  private final GpkgGeometry geometries = new GpkgGeometry(new WKBReader(new GeometryFactory()));
  private final SourceSchema schema;
  private final Optional<DetectedCrs> crs;
  private final List<Issue> fileIssues = new ArrayList<>();
  private final long size;
  private final long total;
  private long row;
  private SourceRecord next;
  private boolean done;

  private GeoPackageSource(Path file, Optional<String> tableName) throws SQLException {
    this.file = file;
    try {
      this.size = Files.size(file);
    } catch (java.io.IOException e) {
      throw new SQLException(e);
    }
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    this.connection =
        DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    try {
      List<String> tables = GpkgTable.featureTables(connection);
      String name = tableName.orElseGet(() -> only(tables));
      if (!tables.contains(name)) {
        throw new SQLException("no feature table '" + name + "'; the file has " + tables);
      }
      this.table = GpkgTable.describe(connection, name);
      this.crs = srs(table.srsId());
      List<SourceField> fields = new ArrayList<>();
      for (GpkgTable.Column c : table.columns()) {
        fields.add(SourceField.typed(c.name(), c.type()));
      }
      this.schema = new SourceSchema(fields, table.layerGeometryType());
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM " + GpkgTable.quote(name))) {
        rs.next();
        total = rs.getLong(1);
      }
      String select =
          "SELECT "
              + GpkgTable.quote(table.geometryColumn())
              + table.columns().stream()
                  .map(c -> ", " + GpkgTable.quote(c.name()))
                  .collect(Collectors.joining())
              + " FROM "
              + GpkgTable.quote(name);
      this.statement = connection.createStatement();
      this.rows = statement.executeQuery(select);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  public static GeoPackageSource open(Path file, Optional<String> table) {
    try {
      return new GeoPackageSource(file, table);
    } catch (SQLException | RuntimeException e) {
      throw new SourceException(file, "cannot read as a GeoPackage: " + e.getMessage(), e);
    }
  }

  private static String only(List<String> tables) {
    if (tables.size() != 1) {
      throw new IllegalArgumentException(
          "the file has "
              + tables.size()
              + " feature tables "
              + tables
              + ": name the one to import");
    }
    return tables.get(0);
  }

  private Optional<DetectedCrs> srs(int srsId) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT srs_name, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
      ps.setInt(1, srsId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || srsId <= 0) {
          fileIssues.add(
              Issue.file(IssueCode.FILE_NOTE, "the table's srs_id " + srsId + " defines no CRS"));
          return Optional.empty();
        }
        String srsName = rs.getString(1);
        String org = rs.getString(2);
        int orgId = rs.getInt(3);
        if ("EPSG".equalsIgnoreCase(org)
            && CrsRegistry.defaultRegistry().isSupported("EPSG:" + orgId)) {
          return Optional.of(new DetectedCrs("EPSG:" + orgId, DetectedCrs.How.GEOPACKAGE, srsName));
        }
        Optional<String> code = WktCrs.epsgCode(rs.getString(4));
        if (code.isPresent()) {
          return Optional.of(new DetectedCrs(code.get(), DetectedCrs.How.GEOPACKAGE, srsName));
        }
        fileIssues.add(
            Issue.file(
                IssueCode.FILE_NOTE,
                "GeoPackage srs '"
                    + srsName
                    + "' matches no supported CRS: name the CRS in the request"));
        return Optional.empty();
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = read();
      } catch (SQLException e) {
        throw new SourceException(file, "read error after row " + row + ": " + e.getMessage(), e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public SourceRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceRecord r = next;
    next = null;
    return r;
  }

  private SourceRecord read() throws SQLException {
    if (!rows.next()) {
      return null;
    }
    row++;
    List<GpkgTable.Column> columns = table.columns();
    Map<String, Object> values = new HashMap<>(columns.size() * 2);
    for (int i = 0; i < columns.size(); i++) {
      GpkgTable.Column c = columns.get(i);
      values.put(c.name(), value(i + 2, c));
    }
    byte[] blob = rows.getBytes(1);
    if (blob == null) {
      return SourceRecord.of(row, null, values);
    }
    try {
      return SourceRecord.of(row, geometries.decode(blob).orElse(null), values);
    } catch (ParseException | RuntimeException e) {
      return SourceRecord.failed(
          row, IssueCode.GEOMETRY_PARSE_ERROR, "geometry blob: " + e.getMessage(), values);
    }
  }

  private Object value(int column, GpkgTable.Column c) throws SQLException {
    Object v;
    switch (c.type()) {
      case INTEGER, LONG -> {
        long l = rows.getLong(column);
        v =
            rows.wasNull()
                ? null
                : c.type() == cn.onemap.core.catalog.AttributeType.INTEGER && l == (int) l
                    ? (Object) (int) l
                    : (Object) l;
      }
      case DOUBLE -> {
        double d = rows.getDouble(column);
        v = rows.wasNull() ? null : d;
      }
      case BOOLEAN -> {
        int b = rows.getInt(column);
        v = rows.wasNull() ? null : b != 0;
      }
      default -> v = text(column, c);
    }
    return v;
  }

  /** GeoPackage text is UTF-8 by the standard: refuse invalid bytes rather than store U+FFFD. */
  private String text(int column, GpkgTable.Column c) throws SQLException {
    byte[] raw = rows.getBytes(column);
    if (raw == null) {
      return null;
    }
    try {
      return cn.onemap.loaders.text.StrictUtf8.decode(raw);
    } catch (cn.onemap.loaders.text.StrictUtf8.InvalidUtf8 e) {
      throw new SourceException(
          file,
          "row "
              + row
              + ", column "
              + c.name()
              + ": byte "
              + (e.offset() + 1)
              + " is not valid UTF-8 (GeoPackage text must be UTF-8)",
          e);
    }
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.GEOPACKAGE;
  }

  @Override
  public SourceSchema schema() {
    return schema;
  }

  @Override
  public Optional<DetectedCrs> declaredCrs() {
    return crs;
  }

  @Override
  public Optional<DetectedEncoding> encoding() {
    return Optional.empty(); // GeoPackage text is UTF-8 (SQLite default encoding)
  }

  @Override
  public long bytesRead() {
    return total == 0 ? size : (long) ((double) size * row / total);
  }

  @Override
  public long totalBytes() {
    return size;
  }

  @Override
  public List<Issue> fileIssues() {
    return List.copyOf(fileIssues);
  }

  @Override
  public void close() {
    try {
      rows.close();
      statement.close();
      connection.close();
    } catch (SQLException e) {
      // read-only connection: nothing to lose
    }
  }
}
