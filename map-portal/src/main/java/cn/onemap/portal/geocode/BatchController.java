package cn.onemap.portal.geocode;

import cn.onemap.core.GisException;
import cn.onemap.portal.jobs.Job;
import cn.onemap.portal.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
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

/**
 * Batch geocoding of bureau files: upload a CSV, follow the job, download the result with the match
 * columns added. Needs a signed-in user or an API key; a job is visible to its owner and admins.
 */
@RestController
@Tag(name = "地址匹配 Geocoding")
class BatchController {
  private final BatchJobs batches;

  BatchController(BatchJobs batches) {
    this.batches = batches;
  }

  @PostMapping(value = "/api/geocode/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Start a batch: geocode the address column of an uploaded CSV file (UTF-8 or GBK) in the"
              + " background; returns the job (202). Low-confidence rows go to the review queue.")
  @ApiResponse(responseCode = "400", description = "no file, not CSV, unknown column, bad encoding")
  @ApiResponse(responseCode = "401", description = "anonymous: sign in or send X-API-Key")
  @ApiResponse(responseCode = "413", description = "file or row count over the limits")
  ResponseEntity<BatchJobView> start(
      @RequestPart("file") MultipartFile file,
      @Parameter(description = "header name of the address column, e.g. 户籍地址") @RequestParam
          String column,
      @Parameter(description = "text encoding, e.g. GBK; detected (UTF-8 or GBK) when empty")
          @RequestParam(required = false)
          String encoding)
      throws IOException {
    BatchJob job = batches.submit(Callers.current().orElseThrow(), file, column, charset(encoding));
    return ResponseEntity.accepted()
        .location(URI.create("/api/geocode/batch/" + job.id()))
        .body(BatchJobView.of(job));
  }

  @GetMapping("/api/geocode/batch/{id}")
  @Operation(summary = "State, progress and match-rate report of a batch")
  BatchJobView job(@PathVariable String id) {
    return BatchJobView.of(find(id));
  }

  @DeleteMapping("/api/geocode/batch/{id}")
  @Operation(summary = "Cancel a running batch (it fails with BATCH_CANCELLED, no result file)")
  BatchJobView cancel(@PathVariable String id) {
    return BatchJobView.of(batches.cancel(find(id)));
  }

  @GetMapping(value = "/api/geocode/batch/{id}/result", produces = "text/csv")
  @Operation(
      summary =
          "The result CSV (UTF-8): the input columns plus match_code, match_address, match_x,"
              + " match_y, match_level, match_confidence, match_status, match_county")
  @ApiResponse(responseCode = "409", description = "the batch has not succeeded (yet)")
  ResponseEntity<Resource> result(@PathVariable String id) {
    BatchJob job = find(id);
    if (job.state() != Job.State.SUCCEEDED) {
      throw new GisException(
          "RESULT_NOT_READY",
          "batch " + id + " is " + job.state() + "; its result is there once it SUCCEEDED",
          Map.of("state", job.state().name()),
          null);
    }
    String name = job.fileName.replaceAll("(?i)\\.(csv|txt)$", "") + ".geocoded.csv";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new FileSystemResource(job.result()));
  }

  private BatchJob find(String id) {
    return batches
        .find(id, Callers.current().orElseThrow())
        .orElseThrow(
            () ->
                new GisException(
                    "JOB_NOT_FOUND",
                    "no batch job '" + id + "' of yours",
                    Map.of("job", id),
                    null));
  }

  private static Optional<Charset> charset(String encoding) {
    if (encoding == null || encoding.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(encoding.strip()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException(
          "unknown encoding '" + encoding + "': use UTF-8 or GBK, or leave it empty to detect");
    }
  }
}
