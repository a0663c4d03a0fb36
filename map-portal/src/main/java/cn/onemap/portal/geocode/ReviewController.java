package cn.onemap.portal.geocode;

import cn.onemap.address.review.ReviewItem;
import cn.onemap.address.review.ReviewQueue;
import cn.onemap.address.review.ReviewStatus;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue of batch rows the engine was unsure of, for data stewards (EDITOR): confirm the
 * proposed address, correct it to another standard address, or reject it. Confirmations and
 * corrections are learned as aliases at once, so the same text matches from then on. The queue
 * holds bureau record texts, so reading it needs EDITOR too.
 */
@RestController
@Tag(name = "地址审核 Address review")
class ReviewController {
  private final AddressEngines engines;

  ReviewController(AddressEngines engines) {
    this.engines = engines;
  }

  @Schema(description = "A batch row waiting for (or resolved by) a data steward")
  record ItemView(
      long id,
      @Schema(description = "the batch job it came from") String source,
      long row,
      String query,
      String normalized,
      String proposedCode,
      String proposedAddress,
      double confidence,
      @Schema(description = "pending, confirmed, corrected or rejected") String status,
      String resolvedCode,
      String reviewer,
      String note,
      Instant created,
      Instant resolved) {
    static ItemView of(ReviewItem i) {
      return new ItemView(
          i.id(),
          i.source(),
          i.row(),
          i.query(),
          i.normalized(),
          i.proposedCode().orElse(null),
          i.proposedAddress().orElse(null),
          Math.round(i.confidence() * 10_000) / 10_000.0,
          i.status().key(),
          i.resolvedCode().orElse(null),
          i.reviewer().orElse(null),
          i.note().orElse(null),
          i.created(),
          i.resolved().orElse(null));
    }
  }

  record Page(long total, long offset, List<ItemView> items) {}

  record Correction(
      @Schema(description = "code of the standard address the row means") @NotBlank @Size(max = 40)
          String code) {}

  record Rejection(@Size(max = 500) String note) {}

  @GetMapping("/api/geocode/review")
  @Operation(summary = "Review items, oldest first (EDITOR)")
  Page list(
      @Parameter(description = "pending (default), confirmed, corrected, rejected or all")
          @RequestParam(defaultValue = "pending")
          String status,
      @Parameter(description = "only items of this batch job") @RequestParam(required = false)
          String source,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "50") int limit) {
    Optional<ReviewStatus> s = status(status);
    Optional<String> src = Optional.ofNullable(source).filter(x -> !x.isBlank());
    ReviewQueue queue = engines.current().reviewQueue();
    return new Page(
        queue.count(s, src),
        offset,
        queue.list(s, src, offset, limit).stream().map(ItemView::of).toList());
  }

  @GetMapping("/api/geocode/review/{id}")
  @Operation(summary = "One review item (EDITOR)")
  ItemView get(@PathVariable long id) {
    return engines
        .current()
        .reviewQueue()
        .get(id)
        .map(ItemView::of)
        .orElseThrow(
            () ->
                new cn.onemap.address.AddressException(
                    "REVIEW_ITEM_NOT_FOUND", "no review item " + id, Map.of("id", id)));
  }

  @PostMapping("/api/geocode/review/{id}/confirm")
  @Operation(summary = "The proposed address is right: resolve and learn the text as an alias")
  ItemView confirm(@PathVariable long id) {
    return ItemView.of(engines.current().reviewQueue().confirm(id, reviewer()));
  }

  @PostMapping("/api/geocode/review/{id}/correct")
  @Operation(
      summary =
          "The row means another standard address: resolve with its code and learn the text as an"
              + " alias")
  ItemView correct(@PathVariable long id, @Valid @RequestBody Correction correction) {
    return ItemView.of(
        engines.current().reviewQueue().correct(id, correction.code().strip(), reviewer()));
  }

  @PostMapping("/api/geocode/review/{id}/reject")
  @Operation(summary = "The row names no standard address: resolve it, learn nothing")
  ItemView reject(@PathVariable long id, @RequestBody(required = false) Rejection rejection) {
    return ItemView.of(
        engines
            .current()
            .reviewQueue()
            .reject(id, reviewer(), rejection == null ? null : rejection.note()));
  }

  private static String reviewer() {
    Caller c = Callers.current().orElseThrow();
    return c.displayName() + " (" + c.name() + ")";
  }

  private static Optional<ReviewStatus> status(String status) {
    if (status.equalsIgnoreCase("all")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ReviewStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "status must be pending, confirmed, corrected, rejected or all, not '" + status + "'");
    }
  }
}
