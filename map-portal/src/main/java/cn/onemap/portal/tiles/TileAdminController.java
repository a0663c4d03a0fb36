package cn.onemap.portal.tiles;

import cn.onemap.portal.jobs.Job;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Callers;
import cn.onemap.tiles.cache.CacheStats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tile cache administration (role ADMIN, see the security configuration): seeding, truncation and
 * offline packages as jobs (202 with the job, followed at {@code /api/tiles/jobs/{id}}, cancelled
 * with DELETE, an export's package downloaded from {@code …/package}) and the cache's counters.
 * Errors are JSON 4xx.
 */
@RestController
@Tag(name = "瓦片缓存 Tile cache")
class TileAdminController {
  private final TileJobs jobs;

  TileAdminController(TileJobs jobs) {
    this.jobs = jobs;
  }

  /**
   * A tile job as the API shows it.
   *
   * @param state QUEUED, RUNNING, SUCCEEDED or FAILED
   * @param fraction share done, 0–1
   * @param packageUrl where an export's package is downloaded once it succeeded
   */
  record JobView(
      String id,
      String action,
      String owner,
      String state,
      double fraction,
      TileJobRequest request,
      cn.onemap.tiles.seed.JobProgress progress,
      TileAdminJob.Report report,
      Job.Failure error,
      Instant createdAt,
      Instant finishedAt,
      String packageUrl) {
    static JobView of(TileAdminJob j) {
      return new JobView(
          j.id(),
          j.action.name().toLowerCase(java.util.Locale.ROOT),
          j.owner(),
          j.state().name(),
          j.fraction(),
          j.request,
          j.progress,
          j.report,
          j.failure().orElse(null),
          j.created(),
          j.finished().orElse(null),
          j.packageFile == null ? null : "/api/tiles/jobs/" + j.id() + "/package");
    }
  }

  /** The cache's counters; {@code enabled=false} when the portal runs without a tile cache. */
  record CacheView(boolean enabled, CacheStats stats) {}

  @PostMapping("/api/tiles/seed")
  @Operation(summary = "Seed the tile cache for tilesets, a tile matrix set, levels and an area")
  ResponseEntity<JobView> seed(@RequestBody TileJobRequest request) {
    return accepted(jobs.submit(caller(), TileAdminJob.Action.SEED, request));
  }

  @PostMapping("/api/tiles/truncate")
  @Operation(summary = "Remove cached tiles of tilesets, a tile matrix set, levels and an area")
  ResponseEntity<JobView> truncate(@RequestBody TileJobRequest request) {
    return accepted(jobs.submit(caller(), TileAdminJob.Action.TRUNCATE, request));
  }

  @PostMapping("/api/tiles/export")
  @Operation(summary = "Export one tileset for an area and levels as MBTiles or PMTiles")
  ResponseEntity<JobView> export(@RequestBody TileJobRequest request) {
    return accepted(jobs.submit(caller(), TileAdminJob.Action.EXPORT, request));
  }

  @GetMapping("/api/tiles/cache")
  @Operation(summary = "Tile cache counters: tiles and bytes in memory and on disk, hits, misses")
  CacheView cache() {
    return jobs.stats().map(s -> new CacheView(true, s)).orElse(new CacheView(false, null));
  }

  @GetMapping("/api/tiles/jobs/{jobId}")
  @Operation(summary = "State, progress and report of a tile job")
  JobView job(@PathVariable String jobId) {
    return JobView.of(find(jobId));
  }

  @DeleteMapping("/api/tiles/jobs/{jobId}")
  @Operation(summary = "Cancel a tile job (tiles done so far stay)")
  JobView cancel(@PathVariable String jobId) {
    return JobView.of(jobs.cancel(find(jobId)));
  }

  @GetMapping("/api/tiles/jobs/{jobId}/package")
  @Operation(summary = "Download the package of a finished export (MBTiles or PMTiles)")
  ResponseEntity<Resource> download(@PathVariable String jobId) {
    TileAdminJob job = find(jobId);
    if (job.packageFile == null
        || job.state() != Job.State.SUCCEEDED
        || !Files.exists(job.packagePath())) {
      throw new cn.onemap.core.GisException(
          "RESULT_NOT_READY",
          "job " + jobId + " has no finished package",
          Map.of("state", job.state().name()),
          null);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.packageFile + "\"")
        .body(new FileSystemResource(job.packagePath()));
  }

  private static ResponseEntity<JobView> accepted(TileAdminJob job) {
    return ResponseEntity.accepted()
        .location(URI.create("/api/tiles/jobs/" + job.id()))
        .body(JobView.of(job));
  }

  private TileAdminJob find(String jobId) {
    return jobs.find(jobId, caller())
        .orElseThrow(
            () ->
                new cn.onemap.core.GisException(
                    "JOB_NOT_FOUND", "no tile job '" + jobId + "'", Map.of("jobId", jobId), null));
  }

  private static Caller caller() {
    return Callers.current().orElseThrow();
  }
}
