package cn.onemap.portal.print;

import cn.onemap.core.GisException;
import cn.onemap.ogc.print.PrintOp;
import cn.onemap.ogc.print.PrintSpec;
import cn.onemap.portal.jobs.Jobs;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/print}: the map as a PDF or PNG page. A page of up to {@value #SYNC_MAX_PIXELS}
 * pixels (A4 and A3 at 150 dpi, A4 at 300 dpi) is made at once, at most {@value #SYNC_PRINTS} at a
 * time (else 429); a bigger one (A3 at 300 dpi), or any with {@code async=true}, is a job: 202 with
 * the job, followed at {@code /api/print/jobs/{id}} and fetched from its {@code fileUrl}.
 */
@RestController
@Tag(name = "打印 Print")
class PrintController {
  static final long SYNC_MAX_PIXELS = 10_000_000;
  static final int SYNC_PRINTS = 2;

  private final PrintService prints;
  private final Jobs jobs;
  private final Semaphore sync = new Semaphore(SYNC_PRINTS);

  PrintController(PrintService prints, Jobs jobs) {
    this.prints = prints;
    this.jobs = jobs;
    jobs.register(PrintJob.KIND, PrintJob.Detail.class, PrintJob::new);
  }

  @PostMapping(value = "/api/print", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Print the map to PDF or PNG: title, legend, scale bar, north arrow, print date, as-of"
              + " date, CRS and source on A4/A3 at 150/300 dpi",
      responses = {
        @ApiResponse(responseCode = "200", description = "the file (small pages)"),
        @ApiResponse(responseCode = "202", description = "a print job (A3 at 300 dpi, or async)"),
        @ApiResponse(responseCode = "400", description = "INVALID_PRINT: details.field names it"),
        @ApiResponse(responseCode = "404", description = "LAYER_NOT_FOUND"),
        @ApiResponse(responseCode = "429", description = "RATE_LIMITED: too many prints at once")
      })
  ResponseEntity<?> print(
      @RequestBody PrintRequest request,
      @Parameter(description = "run as a job whatever the size")
          @RequestParam(defaultValue = "false")
          boolean async) {
    Caller caller = Callers.current().orElseThrow();
    PrintService.Prepared prepared = prints.prepare(request);
    PrintSpec spec = prepared.spec();
    if (async || spec.pagePixels() > SYNC_MAX_PIXELS) {
      PrintJob job =
          jobs.create(
              caller,
              (id, dir) ->
                  new PrintJob(id, caller.name(), dir, spec.title(), spec.format().extension()));
      jobs.start(
          job,
          () -> {
            PrintOp.Printed printed = prints.print(prepared, f -> job.fraction = f * 0.95);
            Files.createDirectories(job.directory());
            Files.write(job.file(), printed.bytes());
            job.bytes = printed.bytes().length;
            job.scale = printed.scale();
            job.fraction = 1;
          });
      return ResponseEntity.accepted()
          .location(URI.create("/api/print/jobs/" + job.id()))
          .body(PrintJobView.of(job));
    }
    boolean admitted;
    try {
      admitted = sync.tryAcquire(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      throw new GisException("RATE_LIMITED", "too many prints at once; try again in a minute");
    }
    try {
      PrintOp.Printed printed = prints.print(prepared, f -> {});
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(spec.format().contentType()))
          .header(HttpHeaders.CONTENT_DISPOSITION, disposition(spec))
          .header("X-Print-Scale", Long.toString(printed.scale()))
          .body(printed.bytes());
    } finally {
      sync.release();
    }
  }

  @GetMapping("/api/print/jobs/{jobId}")
  @Operation(summary = "State and progress of a print job")
  PrintJobView job(@PathVariable String jobId) {
    return PrintJobView.of(find(jobId));
  }

  @GetMapping("/api/print/jobs/{jobId}/file")
  @Operation(summary = "The file of a finished print job (409 RESULT_NOT_READY before)")
  ResponseEntity<Resource> file(@PathVariable String jobId) throws IOException {
    PrintJob job = find(jobId);
    if (job.state() != PrintJob.State.SUCCEEDED || !Files.exists(job.file())) {
      throw new GisException(
          "RESULT_NOT_READY",
          "print job " + jobId + " is " + job.state().name().toLowerCase(java.util.Locale.ROOT),
          Map.of("job", jobId),
          null);
    }
    String name = job.title + "." + job.format;
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType("pdf".equals(job.format) ? "application/pdf" : "image/png"))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(name))
        .body(new FileSystemResource(job.file()));
  }

  /** The caller's print job; an anonymous caller has none (GETs are open to everyone). */
  private PrintJob find(String jobId) {
    return Callers.current()
        .flatMap(caller -> jobs.find(jobId, caller, PrintJob.class))
        .orElseThrow(
            () ->
                new GisException(
                    "JOB_NOT_FOUND",
                    "no print job '" + jobId + "' of yours",
                    Map.of("job", jobId),
                    null));
  }

  private static String disposition(PrintSpec spec) {
    return disposition(spec.title() + "." + spec.format().extension());
  }

  /** An ASCII fallback name and the title in RFC 5987 form, for browsers to save it under. */
  static String disposition(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1);
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"map." + ext + "\"; filename*=UTF-8''" + encoded;
  }
}
