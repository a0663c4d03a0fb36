package cn.onemap.loaders;

import cn.onemap.core.feature.EditContext;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceOptions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of one file into one layer. Build with {@link #builder(Path, String)}.
 *
 * @param file the uploaded file (for a Shapefile the .shp; .dbf/.prj/.cpg beside it)
 * @param layerId the target layer
 * @param source format, encoding, CSV columns, GeoPackage table; detected when empty
 * @param crs the source CRS in any spelling CrsRegistry accepts (EPSG:4548, 4527, GCJ-02, BD-09,
 *     EPSG:2384 …); empty to take the file's declaration or guess from the coordinates
 * @param datumShift the named datum-shift set for Xian 1980 / Beijing 1954 / local grid sources
 * @param keyColumn a source column (or layer attribute) whose value becomes the feature id: rows
 *     are then upserts, so re-importing a file changes nothing and changed rows get new versions;
 *     empty to insert every row as a new feature
 * @param repair repair invalid geometries when that is safe (reported per row) instead of rejecting
 * @param fixSwappedAxes exchange x and y of rows that are clearly swapped (reported) instead of
 *     rejecting them
 * @param createLayer create the layer from the source's schema when it does not exist
 * @param maxRejected the import fails (writing nothing) when more rows than this are rejected
 * @param context author and reason recorded on every version written
 * @param qcReport where to write the QC report
 */
public record ImportRequest(
    Path file,
    String layerId,
    SourceOptions source,
    Optional<String> crs,
    Optional<String> datumShift,
    Optional<String> keyColumn,
    boolean repair,
    boolean fixSwappedAxes,
    Optional<NewLayer> createLayer,
    long maxRejected,
    EditContext context,
    Path qcReport) {

  /** Default of {@link #maxRejected}. */
  public static final long DEFAULT_MAX_REJECTED = 1_000;

  public ImportRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(layerId, "layerId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(qcReport, "qcReport");
    if (maxRejected < 0) {
      throw new IllegalArgumentException("maxRejected must be >= 0");
    }
  }

  public static Builder builder(Path file, String layerId) {
    return new Builder(file, layerId);
  }

  /** Builder with the defaults: detect everything, no key, no repair, 1,000 rejects allowed. */
  public static final class Builder {
    private final Path file;
    private final String layerId;
    private Optional<SourceFormat> format = Optional.empty();
    private Optional<Charset> encoding = Optional.empty();
    private SourceOptions.CsvColumns csv = SourceOptions.CsvColumns.auto();
    private Optional<String> sourceLayer = Optional.empty();
    private Optional<String> crs = Optional.empty();
    private Optional<String> datumShift = Optional.empty();
    private Optional<String> key = Optional.empty();
    private boolean repair;
    private boolean fixSwappedAxes;
    private Optional<NewLayer> create = Optional.empty();
    private long maxRejected = DEFAULT_MAX_REJECTED;
    private EditContext context = EditContext.by("data-loaders");
    private Path qcReport;

    private Builder(Path file, String layerId) {
      this.file = file;
      this.layerId = layerId;
    }

    public Builder format(SourceFormat f) {
      format = Optional.of(f);
      return this;
    }

    public Builder encoding(Charset c) {
      encoding = Optional.of(c);
      return this;
    }

    public Builder csvColumns(SourceOptions.CsvColumns c) {
      csv = c;
      return this;
    }

    /** The GeoPackage table to read. */
    public Builder sourceLayer(String table) {
      sourceLayer = Optional.of(table);
      return this;
    }

    public Builder crs(String code) {
      crs = Optional.of(code);
      return this;
    }

    public Builder datumShift(String name) {
      datumShift = Optional.of(name);
      return this;
    }

    public Builder key(String column) {
      key = Optional.of(column);
      return this;
    }

    public Builder repair(boolean on) {
      repair = on;
      return this;
    }

    public Builder fixSwappedAxes(boolean on) {
      fixSwappedAxes = on;
      return this;
    }

    public Builder createLayer(NewLayer layer) {
      create = Optional.of(layer);
      return this;
    }

    public Builder maxRejected(long n) {
      maxRejected = n;
      return this;
    }

    public Builder context(EditContext c) {
      context = c;
      return this;
    }

    /** Default: {@code <file>.qc.csv} beside the file. */
    public Builder qcReport(Path p) {
      qcReport = p;
      return this;
    }

    public ImportRequest build() {
      Path qc = qcReport != null ? qcReport : file.resolveSibling(file.getFileName() + ".qc.csv");
      return new ImportRequest(
          file,
          layerId,
          new SourceOptions(format, encoding, csv, sourceLayer),
          crs,
          datumShift,
          key,
          repair,
          fixSwappedAxes,
          create,
          maxRejected,
          context,
          qc);
    }
  }
}
