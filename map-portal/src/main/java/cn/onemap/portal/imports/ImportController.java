package cn.onemap.portal.imports;

import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.loaders.NewLayer;
import cn.onemap.loaders.source.SourceOptions;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.LayerAccess;
import cn.onemap.portal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload a file into a layer as a background import job; follow it; fetch its QC report. */
@RestController
@Tag(name = "导入 Import")
class ImportController {
  private final ImportJobs jobs;
  private final LayerAccess access;
  private final FeatureStore store;
  private final ZipLimits zipLimits;

  ImportController(
      ImportJobs jobs,
      LayerAccess access,
      FeatureStore store,
      @Value("${onemap.import.zip.max-bytes:4294967296}") long zipMaxBytes,
      @Value("${onemap.import.zip.max-entries:1000}") int zipMaxEntries,
      @Value("${onemap.import.zip.max-ratio:200}") int zipMaxRatio) {
    this.jobs = jobs;
    this.access = access;
    this.store = store;
    this.zipLimits = new ZipLimits(zipMaxBytes, zipMaxEntries, zipMaxRatio);
  }

  @PostMapping(
      value = "/api/layers/{layerId}/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Import GeoJSON, CSV, Shapefile (parts or .zip) or GeoPackage into the layer; returns a job"
              + " (202). All rows are written in one transaction: a failed job writes nothing.")
  ResponseEntity<JobView> upload(
      @PathVariable String layerId,
      @RequestPart("file") List<MultipartFile> files,
      @Parameter(description = "source CRS, e.g. EPSG:4548, GCJ-02; detected when empty")
          @RequestParam(required = false)
          String crs,
      @Parameter(description = "named Xian80/Beijing54 datum-shift set")
          @RequestParam(required = false)
          String datumShift,
      @Parameter(description = "text encoding, e.g. GBK; detected when empty")
          @RequestParam(required = false)
          String encoding,
      @Parameter(description = "key column: re-imports update instead of duplicating")
          @RequestParam(required = false)
          String key,
      @Parameter(
              description =
                  "CSV column holding an address: rows without coordinates are located by the"
                      + " address engine (door level or finer, confidence ≥ 0.8)")
          @RequestParam(required = false)
          String address,
      @RequestParam(defaultValue = "false") boolean repair,
      @RequestParam(defaultValue = "false") boolean fixSwappedAxes,
      @Parameter(description = "create the layer when it does not exist")
          @RequestParam(defaultValue = "false")
          boolean create,
      @RequestParam(required = false) String title,
      @RequestParam(defaultValue = "THEMATIC") String kind,
      @RequestParam(defaultValue = "1000") long maxRejected,
      @RequestParam(required = false) String reason,
      @Parameter(
              description =
                  "historical load: the versions take effect at this ISO 8601 date or instant"
                      + " (2019-01-01 is midnight Beijing time; 2019-06-01T08:00:00+08:00) instead"
                      + " of now. Refused when in the future or not after the current version of"
                      + " a feature the import replaces or deletes (history is appended, never"
                      + " rewritten): the job fails and writes nothing.")
          @RequestParam(required = false)
          String validFrom)
      throws IOException {
    Caller caller = Callers.current().orElseThrow();
    Optional<java.time.Instant> from = validFrom(validFrom);
    boolean exists = store.layer(layerId).isPresent();
    if (exists) {
      access.requireEditable(layerId);
    } else if (!create) {
      throw new cn.onemap.core.store.LayerNotFoundException(layerId);
    } else if (!caller.has(Role.EDITOR)) {
      throw new IllegalArgumentException("creating layers needs the EDITOR role");
    }
    LayerKind layerKind = LayerKind.valueOf(kind.toUpperCase(Locale.ROOT));
    Charset charset = encoding == null || encoding.isBlank() ? null : Charset.forName(encoding);
    ImportJob job = jobs.create(layerId, caller);
    try {
      Path file = UploadedFiles.save(files, job.directory(), zipLimits);
      jobs.start(
          job,
          file,
          b -> {
            if (crs != null && !crs.isBlank()) b.crs(crs);
            if (datumShift != null && !datumShift.isBlank()) b.datumShift(datumShift);
            if (charset != null) b.encoding(charset);
            if (key != null && !key.isBlank()) b.key(key);
            if (address != null && !address.isBlank())
              b.csvColumns(
                  new SourceOptions.CsvColumns(
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(address.strip()),
                      Optional.empty()));
            if (!exists)
              b.createLayer(
                  NewLayer.of(title == null || title.isBlank() ? layerId : title, layerKind));
            return b.repair(repair)
                .fixSwappedAxes(fixSwappedAxes)
                .maxRejected(maxRejected)
                .context(
                    withValidFrom(
                        EditContext.by(
                            caller.displayName(),
                            reason == null || reason.isBlank()
                                ? "导入 " + file.getFileName()
                                : reason),
                        from))
                .build();
          });
    } catch (RuntimeException | IOException e) {
      jobs.forget(job);
      throw e;
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/jobs/" + job.id()))
        .body(JobView.of(job));
  }

  private static EditContext withValidFrom(EditContext c, Optional<java.time.Instant> from) {
    return from.map(c::validFrom).orElse(c);
  }

  /**
   * Parsed before the job starts so a malformed or future instant is a 400 at once; the store
   * checks the future again, and history rewrites, inside the import's transaction.
   */
  private static Optional<java.time.Instant> validFrom(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    java.time.Instant at;
    try {
      at = cn.onemap.core.catalog.AttributeValues.parseInstant(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "validFrom '"
              + text
              + "' is not an ISO-8601 date or time such as 2019-01-01 or"
              + " 2019-01-01T08:00:00+08:00");
    }
    if (at.isAfter(java.time.Instant.now())) {
      throw new IllegalArgumentException(
          "validFrom " + at + " is in the future: versions record what was, not plans");
    }
    return Optional.of(at);
  }

  @GetMapping("/api/jobs/{jobId}")
  @Operation(summary = "State, progress and report of an import job")
  JobView job(@PathVariable String jobId) {
    return JobView.of(find(jobId));
  }

  @DeleteMapping("/api/jobs/{jobId}")
  @Operation(summary = "Cancel a running import (nothing of it is written)")
  JobView cancel(@PathVariable String jobId) {
    return JobView.of(jobs.cancel(find(jobId)));
  }

  @GetMapping("/api/jobs/{jobId}/qc-report")
  @Operation(summary = "The per-row QC report of an import (CSV, UTF-8 with BOM)")
  ResponseEntity<Resource> qcReport(@PathVariable String jobId) {
    ImportJob job = find(jobId);
    if (!Files.exists(job.qcReport())) {
      throw new JobNotFoundException(jobId);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"qc-" + job.layerId + ".csv\"")
        .body(new FileSystemResource(job.qcReport()));
  }

  private ImportJob find(String jobId) {
    return jobs.find(jobId, Callers.current().orElseThrow())
        .orElseThrow(() -> new JobNotFoundException(jobId));
  }
}
