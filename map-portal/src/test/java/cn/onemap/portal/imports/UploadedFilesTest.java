package cn.onemap.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.GisException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

/** Real zip files, built here, unpacked into a temporary job directory. */
class UploadedFilesTest {
  @TempDir Path directory;

  @Test
  void aZipBombStopsAtTheCapWhileInflatingAndLeavesNoFile() throws IOException {
    // 1 GiB of zeros deflates to ~1 MB; the cap is 32 MiB and the ratio is not what stops it.
    byte[] bomb = zip(new Entry("bomb.geojson", 1L << 30));
    var limits = new ZipLimits(32L << 20, 1000, 100_000);
    long start = System.nanoTime();

    assertThatThrownBy(() -> save(bomb, limits))
        .isInstanceOfSatisfying(
            GisException.class, e -> assertThat(e.code()).isEqualTo("UPLOAD_TOO_LARGE"));

    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void aZipThatInflatesFarBeyondItsSizeIsRefused() throws IOException {
    byte[] bomb = zip(new Entry("points.csv", 256L << 20));

    assertThatThrownBy(() -> save(bomb, ZipLimits.DEFAULT))
        .isInstanceOfSatisfying(
            GisException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ZIP_REFUSED");
              assertThat(e.getMessage()).contains("200");
            });
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void tooManyEntriesAreRefusedSkippedOnesIncluded() throws IOException {
    var entries = new Entry[11];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = new Entry("readme" + i + ".md", 10);
    }

    assertThatThrownBy(() -> save(zip(entries), new ZipLimits(1L << 30, 10, 200)))
        .isInstanceOfSatisfying(
            GisException.class, e -> assertThat(e.code()).isEqualTo("ZIP_REFUSED"));
  }

  @Test
  void twoEntriesWithOneBaseNameAreABadRequest() throws IOException {
    byte[] twice = zip(new Entry("a/roads.geojson", 100), new Entry("b/roads.geojson", 100));

    assertThatThrownBy(() -> save(twice, ZipLimits.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roads.geojson");
  }

  @Test
  void aZipEntryNamedLikeAnUploadedPartIsABadRequest() throws IOException {
    var part = new MockMultipartFile("file", "roads.geojson", null, new byte[] {'{', '}'});
    var zip = new MockMultipartFile("file", "x.zip", null, zip(new Entry("roads.geojson", 2)));

    assertThatThrownBy(() -> UploadedFiles.save(List.of(part, zip), directory, ZipLimits.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roads.geojson");
  }

  @Test
  void aShapefileZipUnpacksFlatAndTraversalStaysInside() throws IOException {
    byte[] shapefile =
        zip(
            new Entry("../../parcels.shp", 100),
            new Entry("x/parcels.shx", 100),
            new Entry("x/parcels.dbf", 100),
            new Entry("__MACOSX/._parcels.shp", 10));

    Path main = save(shapefile, ZipLimits.DEFAULT);

    assertThat(main).isEqualTo(directory.resolve("parcels.shp"));
    assertThat(Files.size(main)).isEqualTo(100);
    try (var files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("parcels.shp", "parcels.shx", "parcels.dbf");
    }
  }

  private Path save(byte[] zip, ZipLimits limits) throws IOException {
    return UploadedFiles.save(
        List.of(new MockMultipartFile("file", "upload.zip", "application/zip", zip)),
        directory,
        limits);
  }

  private record Entry(String name, long size) {}

  /** Streams each entry's content from one repeating buffer, so a huge entry builds quickly. */
  private static byte[] zip(Entry... entries) throws IOException {
    var bytes = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) ' ');
    chunk[0] = '{';
    try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Entry e : entries) {
        zip.putNextEntry(new ZipEntry(e.name()));
        for (long left = e.size(); left > 0; left -= chunk.length) {
          zip.write(chunk, 0, (int) Math.min(left, chunk.length));
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
