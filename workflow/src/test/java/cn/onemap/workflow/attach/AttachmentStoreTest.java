package cn.onemap.workflow.attach;

import static cn.onemap.workflow.attach.PhotoIntakeTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreTest {
  static final String CASE = "CG0000000042";
  static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

  @TempDir Path root;

  final PhotoIntake intake = new PhotoIntake();

  AttachmentStore store() {
    return new AttachmentStore(root.resolve("attachments"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  Photo photo(int w, int h) {
    return intake.accept(
        TestPhotos.withExif(
            TestPhotos.jpeg(w, h),
            new TestPhotos.Exif(1, PhotoIntakeTest.LAT, PhotoIntakeTest.LON, null, null)),
        "image/jpeg",
        "p.jpg");
  }

  @Test
  void storesPhotoThumbnailAndSidecar() throws IOException {
    AttachmentStore store = store();
    Photo photo = photo(300, 200);
    Attachment a = store.add(CASE, PhotoStage.REPORT, "网格员张三", photo);

    assertThat(a.id()).matches("[0-9a-f-]{36}");
    assertThat(a.caseNo()).isEqualTo(CASE);
    assertThat(a.stage()).isEqualTo(PhotoStage.REPORT);
    assertThat(a.uploadedAt()).isEqualTo(NOW);
    assertThat(a.width()).isEqualTo(300);
    assertThat(a.sha256()).isEqualTo(photo.sha256());
    assertThat(a.exif()).isEqualTo(photo.exif()).isPresent();

    Path dir = root.resolve("attachments").resolve(CASE);
    assertThat(dir.resolve(a.id() + ".jpg")).hasBinaryContent(photo.jpeg());
    assertThat(dir.resolve(a.id() + ".thumb.jpg")).hasBinaryContent(photo.thumbnail());
    String sidecar = Files.readString(dir.resolve(a.id() + ".properties"), StandardCharsets.UTF_8);
    assertThat(sidecar)
        .contains("stage=REPORT", "uploadedBy=网格员张三", "uploadedAt=2026-12-04T02:00:00Z")
        .contains("width=300", "height=200", "sha256=" + photo.sha256(), "exif.lon=116.12");

    // A fresh store (another node) reads the same.
    AttachmentStore other = new AttachmentStore(root.resolve("attachments"));
    assertThat(other.list(CASE)).containsExactly(a);
    assertThat(other.get(CASE, a.id())).contains(a);
    try (InputStream in = other.open(CASE, a.id(), false).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(photo.jpeg());
    }
    try (InputStream in = other.open(CASE, a.id(), true).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(photo.thumbnail());
    }
  }

  @Test
  void listsInUploadOrderWithStages() {
    Instant[] clock = {NOW};
    var store =
        new AttachmentStore(
            root,
            new Clock() {
              @Override
              public Instant instant() {
                clock[0] = clock[0].plusSeconds(60);
                return clock[0];
              }

              @Override
              public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(java.time.ZoneId zone) {
                return this;
              }
            });
    Attachment before = store.add(CASE, PhotoStage.REPORT, "gm1", photo(40, 30));
    Attachment after = store.add(CASE, PhotoStage.HANDLE, "dept-7", photo(41, 30));
    Attachment checked = store.add(CASE, PhotoStage.VERIFY, "gm1", photo(42, 30));
    assertThat(store.list(CASE)).containsExactly(before, after, checked);
    assertThat(store.list("CG1")).isEmpty();
    assertThat(PhotoStage.HANDLE.chineseName()).isEqualTo("处置");
  }

  @Test
  void theSameUploadTwiceIsStoredOnce() throws IOException {
    AttachmentStore store = store();
    Photo photo = photo(60, 40);
    Attachment first = store.add(CASE, PhotoStage.REPORT, "gm1", photo);
    // The phone, offline at first, sends the same file again (re-encoded again on arrival).
    Photo again = photo(60, 40);
    assertThat(again.sha256()).isEqualTo(photo.sha256());
    Attachment second = store.add(CASE, PhotoStage.REPORT, "gm1", again);

    assertThat(second).isEqualTo(first);
    assertThat(store.list(CASE)).hasSize(1);
    // The same photo for another case is another attachment.
    assertThat(store.add("CG0000000043", PhotoStage.REPORT, "gm1", photo).id())
        .isNotEqualTo(first.id());
  }

  @Test
  void concurrentResendsFromTwoNodesStoreOnePhoto() throws Exception {
    Photo photo = photo(60, 40);
    AttachmentStore nodeA = store();
    AttachmentStore nodeB = store();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Attachment>> calls =
          Stream.of(nodeA, nodeB, nodeA, nodeB)
              .<Callable<Attachment>>map(s -> () -> s.add(CASE, PhotoStage.REPORT, "gm1", photo))
              .toList();
      List<String> ids = pool.invokeAll(calls).stream().map(AttachmentStoreTest::get).toList();
      assertThat(ids).hasSize(4).containsOnly(ids.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(nodeA.list(CASE)).hasSize(1);
  }

  @Test
  void writesLeaveNoTemporaryFilesAndCrashLeftoversAreInvisible() throws IOException {
    AttachmentStore store = store();
    Attachment a = store.add(CASE, PhotoStage.REPORT, "gm1", photo(30, 30));
    Path dir = root.resolve("attachments").resolve(CASE);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              a.id() + ".jpg", a.id() + ".thumb.jpg", a.id() + ".properties", ".lock");
    }
    // A node died while writing: a half-written temp sidecar and a JPEG without sidecar.
    String ghost = "0b7c5a3e-1111-4222-8333-944444444444";
    Files.write(dir.resolve("." + ghost + ".properties.5f0e.tmp"), "stage=REP".getBytes());
    Files.write(dir.resolve(ghost + ".jpg"), new byte[] {1, 2, 3});
    assertThat(store.list(CASE)).containsExactly(a);
    assertThat(store.get(CASE, ghost)).isEmpty();
    assertThat(store.open(CASE, ghost, false)).isEmpty();
  }

  @Test
  void caseNumbersAndIdsCannotNameOtherPaths() {
    AttachmentStore store = store();
    Photo photo = photo(20, 20);
    for (String bad :
        new String[] {
          "../etc", "CG1/../../x", "CG1/..", "cg123", "CG", "CG12a", "CG1\0", "/tmp/CG1", "", "CG١٢"
        }) {
      assertRefused(() -> store.add(bad, PhotoStage.REPORT, "gm1", photo), "INVALID_CASE_NO");
      assertRefused(() -> store.list(bad), "INVALID_CASE_NO");
    }
    assertRefused(() -> store.list(null), "INVALID_CASE_NO");
    for (String bad :
        new String[] {"../../x", "..", "x.jpg", "0B7C5A3E-1111-4222-8333-944444444444"}) {
      assertRefused(() -> store.open(CASE, bad, false), "INVALID_ATTACHMENT_ID");
      assertRefused(() -> store.get(CASE, bad), "INVALID_ATTACHMENT_ID");
    }
    assertThat(store.open(CASE, "0b7c5a3e-1111-4222-8333-944444444444", true))
        .isEqualTo(Optional.empty());
    assertRefused(() -> store.add(CASE, PhotoStage.REPORT, " ", photo), "INVALID_ATTACHMENT");
  }

  @Test
  void uploaderNamesWithSpecialCharactersRoundTrip() {
    AttachmentStore store = store();
    String name = " 李四=dept:7\\#1\n";
    Attachment a = store.add(CASE, PhotoStage.VERIFY, name, photo(20, 20));
    assertThat(store.get(CASE, a.id()).orElseThrow().uploadedBy()).isEqualTo(name);
  }

  private static String get(Future<Attachment> f) {
    try {
      return f.get().id();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
