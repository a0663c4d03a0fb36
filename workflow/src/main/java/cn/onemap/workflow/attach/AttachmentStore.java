package cn.onemap.workflow.attach;

import cn.onemap.workflow.WorkflowException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The photos of cases on a directory shared by the portal nodes: {@code <root>/<caseNo>/<id>.jpg},
 * {@code <id>.thumb.jpg} and the sidecar {@code <id>.properties} ({@link Sidecar}). Nothing is ever
 * deleted or replaced: the history of a case keeps its photos.
 *
 * <p>Every file is written to a temporary file in the same directory, forced to disk and moved into
 * place with {@code ATOMIC_MOVE}; the sidecar comes last, so an attachment exists exactly when its
 * sidecar does and a crash leaves at most invisible leftovers ({@code .*.tmp} or a JPEG without
 * sidecar). Adding to a case holds an in-process lock and a file lock on {@code <caseNo>/.lock}
 * (honoured across nodes by local file systems and by NFS with lock support), so the same upload
 * sent twice, even to two nodes, is stored once: a photo whose SHA-256 the case already has returns
 * the existing attachment.
 *
 * <p>Case numbers must be {@code CG} and 1..32 digits and ids UUIDs, so no input can name a path
 * outside the root. The store does not check that the case exists; the caller does.
 */
public final class AttachmentStore {
  private static final Pattern CASE_NO = Pattern.compile("CG[0-9]{1,32}");
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String SIDECAR = ".properties";

  /**
   * Striped in-JVM locks by case directory: a FileLock excludes other processes, not this JVM's
   * threads (which it would fail with OverlappingFileLockException), whatever store they use.
   */
  private static final ReentrantLock[] LOCKS =
      Stream.generate(ReentrantLock::new).limit(64).toArray(ReentrantLock[]::new);

  private final Path root;
  private final Clock clock;

  /** A store under {@code root} (created if missing), stamping uploads with the system clock. */
  public AttachmentStore(Path root) {
    this(root, Clock.systemUTC());
  }

  public AttachmentStore(Path root, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.clock = clock;
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw io("cannot create the attachment root " + this.root, e);
    }
  }

  /**
   * Stores {@code photo} for {@code caseNo}, or returns the attachment of the case that already has
   * the same {@link Photo#sha256()} (an offline phone resending), whatever its stage.
   */
  public Attachment add(String caseNo, PhotoStage stage, String uploadedBy, Photo photo) {
    Path dir = caseDir(caseNo);
    if (uploadedBy == null || uploadedBy.isBlank()) {
      throw new WorkflowException("INVALID_ATTACHMENT", "a photo needs its uploader", Map.of());
    }
    ReentrantLock lock = LOCKS[Math.floorMod(dir.hashCode(), LOCKS.length)];
    lock.lock();
    try {
      Files.createDirectories(dir);
      try (FileChannel lockFile =
              FileChannel.open(
                  dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = lockFile.lock()) {
        Optional<Attachment> existing =
            list(caseNo).stream().filter(a -> a.sha256().equals(photo.sha256())).findFirst();
        if (existing.isPresent()) {
          return existing.get();
        }
        var attachment =
            new Attachment(
                UUID.randomUUID().toString(),
                caseNo,
                stage,
                uploadedBy,
                clock.instant(),
                photo.width(),
                photo.height(),
                photo.sha256(),
                photo.exif());
        writeAtomically(dir, attachment.id() + ".jpg", photo.jpeg());
        writeAtomically(dir, attachment.id() + ".thumb.jpg", photo.thumbnail());
        writeAtomically(dir, attachment.id() + SIDECAR, Sidecar.write(attachment));
        return attachment;
      }
    } catch (IOException e) {
      throw io("cannot store a photo of " + caseNo + " under " + dir, e);
    } finally {
      lock.unlock();
    }
  }

  /** The attachments of {@code caseNo}, oldest first; empty for a case without photos. */
  public List<Attachment> list(String caseNo) {
    Path dir = caseDir(caseNo);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Attachment> all = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SIDECAR)) {
      for (Path file : files) {
        String id = file.getFileName().toString().replace(SIDECAR, "");
        if (ID.matcher(id).matches()) {
          all.add(Sidecar.read(caseNo, id, Files.readAllBytes(file), file));
        }
      }
    } catch (IOException e) {
      throw io("cannot list the photos of " + caseNo + " under " + dir, e);
    }
    all.sort(Comparator.comparing(Attachment::uploadedAt).thenComparing(Attachment::id));
    return List.copyOf(all);
  }

  /** The attachment {@code id} of {@code caseNo}, if stored. */
  public Optional<Attachment> get(String caseNo, String id) {
    Path sidecar = caseDir(caseNo).resolve(checkId(id) + SIDECAR);
    try {
      return Optional.of(Sidecar.read(caseNo, id, Files.readAllBytes(sidecar), sidecar));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw io("cannot read " + sidecar, e);
    }
  }

  /**
   * The stored JPEG (or its thumbnail) of attachment {@code id} of {@code caseNo}, to be closed by
   * the caller; empty if there is no such attachment.
   */
  public Optional<InputStream> open(String caseNo, String id, boolean thumbnail) {
    Path dir = caseDir(caseNo);
    checkId(id);
    if (!Files.exists(dir.resolve(id + SIDECAR))) {
      return Optional.empty();
    }
    Path file = dir.resolve(id + (thumbnail ? ".thumb.jpg" : ".jpg"));
    try {
      return Optional.of(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw io("cannot open " + file, e);
    }
  }

  private Path caseDir(String caseNo) {
    if (caseNo == null || !CASE_NO.matcher(caseNo).matches()) {
      throw new WorkflowException(
          "INVALID_CASE_NO",
          "not a case number: " + caseNo + "; expected CG followed by digits, e.g. CG0000000042",
          Map.of("caseNo", String.valueOf(caseNo)));
    }
    return root.resolve(caseNo);
  }

  private static String checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new WorkflowException(
          "INVALID_ATTACHMENT_ID",
          "not an attachment id: " + id + "; expected a lower-case UUID",
          Map.of("id", String.valueOf(id)));
    }
    return id;
  }

  private static void writeAtomically(Path dir, String name, byte[] content) throws IOException {
    Path tmp = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel out =
          FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        var buffer = java.nio.ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static WorkflowException io(String message, IOException e) {
    return new WorkflowException("ATTACHMENT_IO", message + ": " + e, Map.of(), e);
  }
}
