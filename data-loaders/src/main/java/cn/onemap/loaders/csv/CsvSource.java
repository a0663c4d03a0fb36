package cn.onemap.loaders.csv;

import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.source.CountingInputStream;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceException;
import cn.onemap.loaders.source.SourceField;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceOptions;
import cn.onemap.loaders.source.SourceRecord;
import cn.onemap.loaders.source.SourceSchema;
import cn.onemap.loaders.text.DetectedEncoding;
import cn.onemap.loaders.text.FileEncodingDetector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads a CSV file with a header line: geometry from a WKT column or an x/y pair ({@link
 * CsvLayout}), every other column an untyped attribute (empty cells are null). Encoding from the
 * request, else a UTF-8 BOM, else detection (strict UTF-8, then GBK). Separator from the request,
 * else whichever of {@code , ; TAB |} is most frequent in the header line. Rows with more fields
 * than the header are rejected; missing trailing fields are null.
 */
public final class CsvSource implements FeatureSource {
  private final Path file;
  private final CountingInputStream counter;
  private final CsvReader reader;
  private final List<String> header;
  private final CsvLayout layout;
  private final SourceSchema schema;
  private final DetectedEncoding encoding;
  private final List<Issue> fileIssues = new ArrayList<>();
  private final WKTReader wkt = new WKTReader(new GeometryFactory());
  private final GeometryFactory factory = new GeometryFactory();
  private final long size;
  private long row = 1; // the header is spreadsheet row 1
  private SourceRecord next;

  private CsvSource(Path file, SourceOptions options) throws IOException {
    this.file = file;
    this.size = Files.size(file);
    int bom = 0;
    if (options.encoding().isPresent()) {
      encoding = new DetectedEncoding(options.encoding().get(), DetectedEncoding.How.REQUEST);
    } else {
      FileEncodingDetector.Result r = FileEncodingDetector.detect(file);
      encoding = r.encoding();
      bom = r.bomLength();
    }
    counter = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    counter.skipNBytes(bom);
    var decoder =
        encoding
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    var in = new InputStreamReader(counter, decoder);
    int skip = bom;
    char separator =
        options.csv().delimiter().orElseGet(() -> sniffSeparator(file, encoding, skip));
    reader = new CsvReader(in, separator);
    List<String> rawHeader = reader.next().orElseThrow(() -> new IOException("the file is empty"));
    requireValidText(rawHeader, 1);
    header = uniqueNames(rawHeader);
    layout = CsvLayout.find(header, options.csv());
    var fields = new ArrayList<SourceField>();
    for (int i = 0; i < header.size(); i++) {
      if (!layout.isGeometryColumn(i)) {
        fields.add(SourceField.untyped(header.get(i)));
      }
    }
    schema = new SourceSchema(fields, Optional.empty());
    layout
        .describe(header)
        .ifPresent(d -> fileIssues.add(Issue.file(IssueCode.FILE_NOTE, "geometry from " + d)));
  }

  /** Opens the file and reads its header. */
  public static CsvSource open(Path file, SourceOptions options) {
    try {
      return new CsvSource(file, options);
    } catch (IOException | RuntimeException e) {
      throw new SourceException(file, "cannot read as CSV: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = read();
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

  private SourceRecord read() {
    List<String> cells;
    try {
      Optional<List<String>> line = reader.next();
      if (line.isEmpty()) {
        return null;
      }
      cells = line.get();
    } catch (IOException e) {
      throw new SourceException(file, "read error after row " + row + ": " + e.getMessage(), e);
    }
    row++;
    requireValidText(cells, row);
    Map<String, Object> values = new HashMap<>(header.size() * 2);
    for (int i = 0; i < header.size(); i++) {
      if (!layout.isGeometryColumn(i)) {
        String v = i < cells.size() ? cells.get(i).strip() : "";
        values.put(header.get(i), v.isEmpty() ? null : v);
      }
    }
    if (cells.size() > header.size()) {
      return SourceRecord.failed(
          row,
          IssueCode.GEOMETRY_PARSE_ERROR,
          "the row has " + cells.size() + " fields but the header " + header.size(),
          values);
    }
    if (layout.wkt().isPresent()) {
      String text = cell(cells, layout.wkt().getAsInt());
      if (text.isEmpty()) {
        return SourceRecord.of(row, null, values);
      }
      try {
        return SourceRecord.of(row, wkt.read(text), values);
      } catch (ParseException | RuntimeException e) {
        return SourceRecord.failed(
            row,
            IssueCode.GEOMETRY_PARSE_ERROR,
            "invalid WKT '" + abbreviate(text) + "': " + e.getMessage(),
            values);
      }
    }
    if (layout.x().isPresent()) {
      String xs = cell(cells, layout.x().getAsInt());
      String ys = cell(cells, layout.y().getAsInt());
      if (xs.isEmpty() && ys.isEmpty()) {
        return SourceRecord.of(row, null, values);
      }
      try {
        double x = Double.parseDouble(xs);
        double y = Double.parseDouble(ys);
        Geometry p = factory.createPoint(new Coordinate(x, y));
        return SourceRecord.of(row, p, values);
      } catch (NumberFormatException e) {
        return SourceRecord.failed(
            row,
            IssueCode.GEOMETRY_PARSE_ERROR,
            "coordinates '" + abbreviate(xs) + "', '" + abbreviate(ys) + "' are not numbers",
            values);
      }
    }
    return SourceRecord.of(row, null, values);
  }

  /**
   * Text read as UTF-8 decodes invalid bytes to U+FFFD (the decoder replaces, so the row can be
   * named; a reporting decoder fails a whole buffer ahead of the row): such a row refuses the file
   * rather than storing the replacement character.
   */
  private void requireValidText(List<String> cells, long rowNumber) {
    if (!encoding.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
      return;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).indexOf('\uFFFD') >= 0) {
        throw new SourceException(
            file,
            "row "
                + rowNumber
                + ", column "
                + (i + 1)
                + " is not valid UTF-8 (read as UTF-8, "
                + encoding.describe()
                + "): give the file's real encoding, e.g. encoding=GBK",
            null);
      }
    }
  }

  /** The address column's name, when the request named one. */
  public Optional<String> addressColumn() {
    return layout.address().isPresent()
        ? Optional.of(header.get(layout.address().getAsInt()))
        : Optional.empty();
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i).strip() : "";
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** Blank names become column_N, repeats get _2, _3 …; linear in the number of columns. */
  static List<String> uniqueNames(List<String> raw) {
    var names = new ArrayList<String>(raw.size());
    var used = new java.util.HashSet<String>();
    var nextSuffix = new HashMap<String, Integer>();
    for (String r : raw) {
      String base = r.strip().isEmpty() ? "column_" + (names.size() + 1) : r.strip();
      String name = base;
      int k = nextSuffix.getOrDefault(base, 2);
      while (!used.add(name)) {
        name = base + "_" + k++;
      }
      nextSuffix.put(base, k);
      names.add(name);
    }
    return names;
  }

  private static char sniffSeparator(Path file, DetectedEncoding enc, int bom) {
    try (var in = Files.newInputStream(file)) {
      in.skipNBytes(bom);
      byte[] head = in.readNBytes(1 << 14);
      String text = new String(head, enc.charset());
      int end = text.indexOf('\n');
      String line = end < 0 ? text : text.substring(0, end);
      char best = ',';
      long bestCount = 0;
      for (char c : new char[] {',', ';', '\t', '|'}) {
        long count = line.chars().filter(ch -> ch == c).count();
        if (count > bestCount) {
          best = c;
          bestCount = count;
        }
      }
      return best;
    } catch (IOException e) {
      return ',';
    }
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.CSV;
  }

  @Override
  public SourceSchema schema() {
    return schema;
  }

  @Override
  public Optional<DetectedCrs> declaredCrs() {
    return Optional.empty();
  }

  @Override
  public Optional<DetectedEncoding> encoding() {
    return Optional.of(encoding);
  }

  @Override
  public long bytesRead() {
    return counter.count();
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
      reader.close();
    } catch (IOException e) {
      // read-only file: nothing to lose
    }
  }
}
