package cn.onemap.workflow.attach;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored photo of a case, as its sidecar describes it.
 *
 * @param id random UUID, unique within the store
 * @param caseNo the case, {@code CG} and digits
 * @param stage when in the case the photo was taken
 * @param uploadedBy the user id of whoever uploaded it
 * @param uploadedAt when the store accepted it
 * @param width width of the stored JPEG
 * @param height height of the stored JPEG
 * @param sha256 hex SHA-256 of the file as uploaded (see {@link Photo#sha256()})
 * @param exif the EXIF position of the upload, if it had one (kept server-side only)
 */
public record Attachment(
    String id,
    String caseNo,
    PhotoStage stage,
    String uploadedBy,
    Instant uploadedAt,
    int width,
    int height,
    String sha256,
    Optional<GpsFix> exif) {}
