package cn.onemap.portal.cases;

import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Role;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.attach.Attachment;
import cn.onemap.workflow.attach.AttachmentStore;
import cn.onemap.workflow.attach.Photo;
import cn.onemap.workflow.attach.PhotoIntake;
import cn.onemap.workflow.attach.PhotoStage;
import cn.onemap.workflow.cases.Actor;
import cn.onemap.workflow.cases.CaseDesk;
import cn.onemap.workflow.cases.CaseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a case ({@code /api/cases/{no}/photos}): 上报 photos by whoever reported it, 处置 (after)
 * photos by the department, 核查 photos by the grid manager. Each upload is checked (JPEG/PNG, 10 MB,
 * 40 MP), its EXIF position read as a cross-check of the case's position and then stripped by
 * re-encoding; a photo sent twice is kept once. Only callers who may see the case read or add its
 * photos.
 */
@RestController
@Tag(name = "城管案件 Cases")
class CasePhotoController {
  /** Decoding a 40 MP photo holds ~160 MB: two at a time at most. */
  private final Semaphore intakes = new Semaphore(2);

  private final CaseDesk desk;
  private final CaseActors actors;
  private final PhotoIntake intake = new PhotoIntake();
  private final AttachmentStore store;

  CasePhotoController(CaseDesk desk, CaseActors actors, PortalProperties properties) {
    this.desk = desk;
    this.actors = actors;
    this.store = new AttachmentStore(properties.dataDir().resolve("attachments"));
  }

  /**
   * A stored photo.
   *
   * @param exifDistanceMetres how far the photo's EXIF position is from the case's position
   */
  record PhotoView(
      String id,
      String stage,
      String stageTitle,
      String uploadedBy,
      java.time.Instant uploadedAt,
      int width,
      int height,
      Double exifDistanceMetres,
      String url,
      String thumbnailUrl) {}

  @PostMapping(value = "/api/cases/{caseNo}/photos", consumes = "multipart/form-data")
  @Operation(
      summary =
          "Add a photo to a case (REPORT 上报, HANDLE 处置, VERIFY 核查); EXIF is read, then"
              + " stripped")
  @ApiResponse(responseCode = "201", description = "stored (or the same photo stored before)")
  @ApiResponse(responseCode = "400", description = "not a JPEG/PNG, damaged, or too many pixels")
  @ApiResponse(responseCode = "413", description = "over 10 MB")
  ResponseEntity<PhotoView> add(
      @PathVariable String caseNo,
      @Parameter(description = "REPORT, HANDLE or VERIFY") @RequestParam(defaultValue = "REPORT")
          PhotoStage stage,
      @RequestPart("file") MultipartFile file)
      throws IOException, InterruptedException {
    Caller caller = actors.caller();
    Actor actor = actors.actor(caller);
    CaseView view = visible(caseNo, actor);
    requireStageRole(stage, caller, view);
    if (!intakes.tryAcquire(30, TimeUnit.SECONDS)) {
      throw new WorkflowException("RATE_LIMITED", "too many photos are being processed", Map.of());
    }
    Attachment saved;
    try {
      Photo photo =
          intake.accept(file.getBytes(), file.getContentType(), file.getOriginalFilename());
      saved = store.add(caseNo, stage, caller.name(), photo);
    } finally {
      intakes.release();
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(view(saved, view));
  }

  @GetMapping("/api/cases/{caseNo}/photos")
  @Operation(summary = "The photos of a case, oldest first")
  List<PhotoView> list(@PathVariable String caseNo) {
    CaseView view = visible(caseNo, actors.actor(actors.caller()));
    return store.list(caseNo).stream().map(a -> view(a, view)).toList();
  }

  @GetMapping(value = "/api/cases/{caseNo}/photos/{id}", produces = MediaType.IMAGE_JPEG_VALUE)
  @Operation(summary = "A photo (JPEG without metadata), or its thumbnail")
  ResponseEntity<InputStreamResource> photo(
      @PathVariable String caseNo,
      @PathVariable String id,
      @RequestParam(defaultValue = "false") boolean thumbnail) {
    visible(caseNo, actors.actor(actors.caller()));
    InputStream in =
        store
            .open(caseNo, id, thumbnail)
            .orElseThrow(
                () ->
                    new WorkflowException(
                        "PHOTO_NOT_FOUND", "case " + caseNo + " has no photo " + id, Map.of()));
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_JPEG)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate())
        .body(new InputStreamResource(in));
  }

  private CaseView visible(String caseNo, Actor actor) {
    return desk.get(caseNo, actor)
        .orElseThrow(
            () ->
                new WorkflowException(
                    "CASE_NOT_FOUND", "no case " + caseNo + " for this caller", Map.of()));
  }

  /** 上报 photos by the reporter or the centre, 处置 by a department, 核查 by a grid manager. */
  private static void requireStageRole(PhotoStage stage, Caller caller, CaseView view) {
    Set<Role> roles = caller.roles();
    boolean ok =
        switch (stage) {
          case REPORT ->
              caller.name().equals(view.attributes().get("reporter"))
                  || roles.contains(Role.ACCEPTOR)
                  || roles.contains(Role.ADMIN);
          case HANDLE -> roles.contains(Role.HANDLER);
          case VERIFY -> roles.contains(Role.GRID_MANAGER);
        };
    if (!ok) {
      throw new WorkflowException(
          "NOT_YOUR_TASK",
          stage.name() + " photos are not added by " + caller.name(),
          Map.of("stage", stage.name()));
    }
  }

  private static PhotoView view(Attachment a, CaseView c) {
    String base = "/api/cases/" + a.caseNo() + "/photos/" + a.id();
    return new PhotoView(
        a.id(),
        a.stage().name(),
        a.stage().chineseName(),
        a.uploadedBy(),
        a.uploadedAt(),
        a.width(),
        a.height(),
        a.exif().map(g -> Math.round(g.distanceMetres(c.lon(), c.lat()) * 10) / 10.0).orElse(null),
        base,
        base + "?thumbnail=true");
  }
}
