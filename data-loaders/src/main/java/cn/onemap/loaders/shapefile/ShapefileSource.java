package cn.onemap.loaders.shapefile;

import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.crs.WktCrs;
import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.source.CountingInputStream;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceException;
import cn.onemap.loaders.source.SourceField;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceRecord;
import cn.onemap.loaders.source.SourceSchema;
import cn.onemap.loaders.text.DetectedEncoding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A Shapefile: the .shp geometries and .dbf attributes read in lockstep, the CRS from the .prj
 * ({@link WktCrs}), the DBF encoding from the request, the .cpg or detection ({@link DbfEncoding}).
 * Sidecar files are found beside the .shp whatever the case of their extension. Deleted DBF records
 * are skipped with their shapes. Limits: MultiPatch shapes are rejected per row; M values are
 * dropped; memo (.dbt) fields are not read.
 */
public final class ShapefileSource implements FeatureSource {
  private final Path shp;
  private final CountingInputStream shpBytes;
  private final CountingInputStream dbfBytes;
  private final ShpReader shapes;
  private final Optional<DbfReader> dbf;
  private final SourceSchema schema;
  private final Optional<DetectedCrs> crs;
  private final Optional<DetectedEncoding> encoding;
  private final List<Issue> fileIssues = new ArrayList<>();
  private final long size;
  private SourceRecord next;

  private ShapefileSource(Path file, Optional<Charset> requested) throws IOException {
    this.shp =
        sibling(file, "shp")
            .orElseThrow(() -> new IOException("no .shp file beside " + file.getFileName()));
    Optional<Path> dbfPath = sibling(shp, "dbf");
    Optional<Path> prj = sibling(shp, "prj");
    long total = Files.size(shp);
    shpBytes = new CountingInputStream(Files.newInputStream(shp));
    shapes = new ShpReader(shpBytes, new GeometryFactory());
    if (dbfPath.isPresent()) {
      DetectedEncoding enc = DbfEncoding.decide(dbfPath.get(), sibling(shp, "cpg"), requested);
      encoding = Optional.of(enc);
      total += Files.size(dbfPath.get());
      dbfBytes = new CountingInputStream(Files.newInputStream(dbfPath.get()));
      dbf = Optional.of(new DbfReader(dbfBytes, enc.charset()));
    } else {
      encoding = Optional.empty();
      dbfBytes = new CountingInputStream(java.io.InputStream.nullInputStream());
      dbf = Optional.empty();
      fileIssues.add(
          Issue.file(IssueCode.FILE_NOTE, "no .dbf beside the .shp: features have no attributes"));
    }
    size = total;
    List<SourceField> fields = new ArrayList<>();
    for (DbfField f : dbf.map(DbfReader::fields).orElse(List.of())) {
      if (f.attributeType().isPresent()) {
        fields.add(SourceField.typed(f.name(), f.attributeType().get()));
      } else {
        fileIssues.add(
            Issue.file(
                IssueCode.COLUMN_IGNORED,
                "DBF field '" + f.name() + "' of type " + f.type() + " is not read"));
      }
    }
    schema = new SourceSchema(fields, Optional.of(shapes.fileType().layerType));
    crs = prj.isEmpty() ? Optional.empty() : prjCrs(prj.get());
  }

  private Optional<DetectedCrs> prjCrs(Path prj) throws IOException {
    String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1);
    Optional<String> code = WktCrs.epsgCode(wkt);
    if (code.isEmpty()) {
      fileIssues.add(
          Issue.file(
              IssueCode.FILE_NOTE,
              ".prj '"
                  + WktCrs.name(wkt)
                  + "' matches no supported CRS: name the CRS in the request"));
      return Optional.empty();
    }
    return Optional.of(new DetectedCrs(code.get(), DetectedCrs.How.PRJ, WktCrs.name(wkt)));
  }

  public static ShapefileSource open(Path file, Optional<Charset> encoding) {
    try {
      return new ShapefileSource(file, encoding);
    } catch (IOException | RuntimeException e) {
      throw new SourceException(file, "cannot read as a Shapefile: " + e.getMessage(), e);
    }
  }

  /** The file with the same base name and extension {@code ext} in any case. */
  static Optional<Path> sibling(Path file, String ext) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    Path dir = file.toAbsolutePath().getParent();
    for (String e : List.of(ext, ext.toUpperCase(Locale.ROOT))) {
      Path p = dir.resolve(base + "." + e);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    try (var files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().equalsIgnoreCase(base + "." + ext))
          .findFirst();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = read();
      } catch (IOException e) {
        throw new SourceException(shp, "read error: " + e.getMessage(), e);
      }
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

  private SourceRecord read() throws IOException {
    while (true) {
      Optional<ShpReader.ShapeRecord> shape = shapes.next();
      Optional<DbfReader.DbfRecord> attrs = dbf.isPresent() ? dbf.get().next() : Optional.empty();
      if (shape.isEmpty()) {
        if (attrs.isPresent()) {
          throw new IOException("the .dbf has more records than the .shp");
        }
        return null;
      }
      if (dbf.isPresent() && attrs.isEmpty()) {
        throw new IOException(
            "the .shp has more records than the .dbf (" + dbf.get().records() + ")");
      }
      if (attrs.isPresent() && attrs.get().deleted()) {
        continue;
      }
      ShpReader.ShapeRecord s = shape.get();
      var values = attrs.map(a -> a.values()).orElseGet(HashMap::new);
      if (s.error().isPresent()) {
        return SourceRecord.failed(
            s.number(), IssueCode.GEOMETRY_PARSE_ERROR, s.error().get(), values);
      }
      return SourceRecord.of(s.number(), s.geometry().orElse(null), values);
    }
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.SHAPEFILE;
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
    return encoding;
  }

  @Override
  public long bytesRead() {
    return shpBytes.count() + dbfBytes.count();
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
      shapes.close();
      if (dbf.isPresent()) {
        dbf.get().close();
      }
    } catch (IOException e) {
      // read-only files: nothing to lose
    }
  }
}
