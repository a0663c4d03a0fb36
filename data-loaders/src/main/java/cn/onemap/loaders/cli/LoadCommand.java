package cn.onemap.loaders.cli;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.StoreAddress;
import cn.onemap.loaders.CancelSignal;
import cn.onemap.loaders.ImportFailedException;
import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.ImportRequest;
import cn.onemap.loaders.Importer;
import cn.onemap.loaders.NewLayer;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceOptions;
import cn.onemap.loaders.survey.SurveyImporter;
import cn.onemap.loaders.survey.SurveyReport;
import cn.onemap.loaders.survey.SurveyRequest;
import cn.onemap.loaders.survey.SurveyRules;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code onemap-load}: imports files into a layer of a feature store, one import (one transaction)
 * per file, printing progress lines and a summary; or, with {@code --survey}, a CJJ 61 points table
 * and segments table into two layers. Exit code 0 when every import committed, 1 when one failed, 2
 * for bad arguments.
 */
@Command(
    name = "onemap-load",
    mixinStandardHelpOptions = true,
    description =
        "Import GeoJSON, CSV, Shapefile, GeoPackage or CJJ 61 survey tables into One Map.",
    sortOptions = false)
public final class LoadCommand implements Callable<Integer> {
  @Option(
      names = "--store",
      required = true,
      description = "h2gis:PATH or postgis:jdbc:postgresql://HOST:PORT/DB")
  String store;

  @Option(
      names = "--user",
      defaultValue = "${env:ONEMAP_PG_USER:-postgres}",
      description = "PostGIS user (env ONEMAP_PG_USER)")
  String user;

  @Option(
      names = "--password",
      defaultValue = "${env:ONEMAP_PG_PASSWORD:-}",
      description = "PostGIS password (env ONEMAP_PG_PASSWORD)")
  String password;

  @Option(
      names = "--layer",
      required = true,
      description = "target layer id (points layer with --survey)")
  String layer;

  @Option(names = "--create", description = "create the layer from the source's schema if missing")
  boolean create;

  @Option(names = "--title", description = "Chinese title of a created layer, e.g. 给水阀门")
  String title;

  @Option(
      names = "--kind",
      defaultValue = "THEMATIC",
      description = "kind of a created layer: ${COMPLETION-CANDIDATES}")
  LayerKind kind;

  @Option(
      names = "--geometry-type",
      description = "geometry type of a created layer (default: the source's)")
  GeometryType geometryType;

  @Option(
      names = "--crs",
      description =
          "source CRS: EPSG:4548, 4527, GCJ-02, BD-09, EPSG:2384 … (default: .prj/GeoPackage/guess)")
  String crs;

  @Option(
      names = "--datum-shift",
      description = "named datum-shift set for Xian 1980 / Beijing 1954 / local grids")
  String datumShift;

  @Option(names = "--datum-shifts", description = "datum-shift properties file to load first")
  Path datumShifts;

  @Option(
      names = "--encoding",
      description = "text encoding of CSV/DBF (default: BOM/.cpg/detect UTF-8 else GBK)")
  Charset encoding;

  @Option(
      names = "--format",
      description = "source format: ${COMPLETION-CANDIDATES} (default: by extension)")
  SourceFormat format;

  @Option(names = "--source-layer", description = "GeoPackage table to read")
  String sourceLayer;

  @Option(names = "--wkt", description = "CSV column holding WKT")
  String wkt;

  @Option(names = "--x", description = "CSV column holding x (easting/longitude)")
  String x;

  @Option(names = "--y", description = "CSV column holding y (northing/latitude)")
  String y;

  @Option(
      names = "--key",
      description = "column whose value is the feature id: re-imports become idempotent upserts")
  String key;

  @Option(
      names = "--repair",
      description = "repair invalid geometries when safe instead of rejecting them")
  boolean repair;

  @Option(
      names = "--fix-swapped-axes",
      description = "swap x/y back for rows that are clearly swapped")
  boolean fixSwappedAxes;

  @Option(
      names = "--max-rejected",
      defaultValue = "1000",
      description = "fail (write nothing) above this many rejected rows (default ${DEFAULT-VALUE})")
  long maxRejected;

  @Option(
      names = "--author",
      defaultValue = "${sys:user.name}",
      description = "author recorded on every version")
  String author;

  @Option(names = "--reason", description = "reason recorded on every version, e.g. 2026年管线普查")
  String reason;

  @Option(
      names = "--valid-from",
      description =
          "historical load: versions take effect at this ISO 8601 date or instant (2019-01-01 is"
              + " midnight Beijing time), not now; refused in the future or before the current"
              + " version of a feature it replaces")
  String validFrom;

  /** Author, reason and the optional historical valid-from of every version written. */
  private EditContext context() {
    EditContext c = new EditContext(author, Optional.ofNullable(reason));
    if (validFrom == null || validFrom.isBlank()) {
      return c;
    }
    try {
      return c.validFrom(cn.onemap.core.catalog.AttributeValues.parseInstant(validFrom.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--valid-from '" + validFrom + "' is not an ISO 8601 date or instant");
    }
  }

  @Option(
      names = "--qc-dir",
      description = "directory of the QC reports (default: beside each file)")
  Path qcDir;

  @Option(names = "--survey", description = "files are a CJJ 61 points table and segments table")
  boolean survey;

  @Option(names = "--segments-layer", description = "segments layer id with --survey")
  String segmentsLayer;

  @Option(names = "--category", description = "管线类别 code of survey rows without one (JS, PS, YS …)")
  String category;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to import")
  List<Path> files;

  PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(
        new CommandLine(new LoadCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public Integer call() {
    if (datumShifts != null) {
      CrsRegistry.defaultRegistry().datumShifts().load(datumShifts);
    }
    StoreAddress address;
    try {
      address = StoreAddress.parse(store);
    } catch (IllegalArgumentException e) {
      System.err.println("onemap-load: --store: " + e.getMessage());
      return 2;
    }
    try (FeatureStore s = address.open(user, password, 2, Clock.systemUTC())) {
      return survey ? survey(s) : files(s);
    }
  }

  private int files(FeatureStore s) {
    Importer importer = new Importer(s);
    int status = 0;
    for (Path file : files) {
      CancelSignal cancel = new CancelSignal();
      java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
      // Ctrl-C cancels the running import and lets it roll back before the JVM exits.
      Thread hook =
          new Thread(
              () -> {
                cancel.cancel();
                try {
                  finished.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        ImportReport r =
            importer.run(
                request(file), new ProgressLine(out, file.getFileName().toString()), cancel);
        print(r);
      } catch (ImportFailedException e) {
        print(e.report());
        status = 1;
      } catch (GisException e) {
        out.println(file.getFileName() + ": FAILED " + e.code() + ": " + e.getMessage());
        status = 1;
      } finally {
        finished.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C arrived: the hook is running and waits for finished
        }
      }
    }
    return status;
  }

  private ImportRequest request(Path file) {
    ImportRequest.Builder b =
        ImportRequest.builder(file, layer)
            .csvColumns(
                new SourceOptions.CsvColumns(
                    Optional.ofNullable(wkt),
                    Optional.ofNullable(x),
                    Optional.ofNullable(y),
                    Optional.empty(),
                    Optional.empty()))
            .repair(repair)
            .fixSwappedAxes(fixSwappedAxes)
            .maxRejected(maxRejected)
            .context(context());
    Optional.ofNullable(format).ifPresent(b::format);
    Optional.ofNullable(encoding).ifPresent(b::encoding);
    Optional.ofNullable(sourceLayer).ifPresent(b::sourceLayer);
    Optional.ofNullable(crs).ifPresent(b::crs);
    Optional.ofNullable(datumShift).ifPresent(b::datumShift);
    Optional.ofNullable(key).ifPresent(b::key);
    Optional.ofNullable(qcDir)
        .ifPresent(d -> b.qcReport(d.resolve(file.getFileName() + ".qc.csv")));
    if (create) {
      b.createLayer(
          new NewLayer(
              title == null ? layer : title,
              kind,
              Optional.ofNullable(geometryType),
              Optional.empty()));
    }
    return b.build();
  }

  private int survey(FeatureStore s) {
    if (files.size() != 2 || segmentsLayer == null) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--survey needs --segments-layer and two files: points.csv segments.csv");
    }
    Path points = files.get(0);
    Path segments = files.get(1);
    Path dir = qcDir;
    SurveyRequest r =
        new SurveyRequest(
            points,
            segments,
            layer,
            segmentsLayer,
            create,
            title == null ? "管线点" : title,
            "管线段",
            Optional.ofNullable(category),
            Optional.ofNullable(crs),
            Optional.ofNullable(datumShift),
            Optional.ofNullable(encoding),
            SurveyRules.defaults(),
            maxRejected,
            context(),
            (dir == null ? points.toAbsolutePath().getParent() : dir)
                .resolve(points.getFileName() + ".qc.csv"),
            (dir == null ? segments.toAbsolutePath().getParent() : dir)
                .resolve(segments.getFileName() + ".qc.csv"));
    try {
      SurveyReport report = new SurveyImporter(s).run(r);
      print(report.points());
      print(report.segments());
      return 0;
    } catch (ImportFailedException e) {
      print(e.report());
      return 1;
    }
  }

  private void print(ImportReport r) {
    out.printf(
        "%s -> %s: %s%n  rows %,d, inserted %,d, updated %,d, unchanged %,d, rejected %,d, warned %,d, %.1f s%n  CRS %s; encoding %s%n  QC report %s%n",
        r.source().getFileName(),
        r.layerId(),
        r.status() + r.failure().map(f -> " (" + f + ")").orElse(""),
        r.rowsRead(),
        r.inserted(),
        r.updated(),
        r.unchanged(),
        r.rejected(),
        r.warnings(),
        r.elapsed().toMillis() / 1000.0,
        r.crs().map(c -> c.describe()).orElse("-"),
        r.encoding().map(e -> e.describe()).orElse("UTF-8 (format)"),
        r.qcReport());
    out.flush();
  }
}
