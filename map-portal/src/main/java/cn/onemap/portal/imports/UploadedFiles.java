package cn.onemap.portal.imports;

import cn.onemap.core.GisException;
import cn.onemap.loaders.source.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.web.multipart.MultipartFile;

/**
 * Saves uploaded files into a job directory safely: only the base name of each file is kept (no
 * path traversal), only the extensions the loaders read are accepted, and a .zip (how shapefiles
 * usually travel) is unpacked with the same rules under {@link ZipLimits}, counted while inflating
 * so a zip bomb stops at the cap instead of filling the disk. Two files with one base name (in
 * different folders of a zip, or a zip entry and a part) are refused rather than overwritten.
 */
final class UploadedFiles {
  static final Set<String> EXTENSIONS =
      Set.of("geojson", "json", "csv", "txt", "shp", "shx", "dbf", "prj", "cpg", "gpkg");

  private UploadedFiles() {}

  /** Saves the files and returns the one to import (the .shp of a shapefile). */
  static Path save(List<MultipartFile> files, Path directory, ZipLimits limits) throws IOException {
    if (files == null || files.isEmpty() || files.stream().allMatch(MultipartFile::isEmpty)) {
      throw new IllegalArgumentException(
          "no file uploaded: send the file as multipart part 'file'");
    }
    Files.createDirectories(directory);
    var saved = new ArrayList<Path>();
    for (MultipartFile file : files) {
      String name = baseName(file.getOriginalFilename());
      if (extension(name).equals("zip")) {
        try (InputStream in = file.getInputStream()) {
          for (Path p : unzip(in, directory, limits)) {
            if (saved.contains(p)) {
              throw duplicate(p.getFileName().toString());
            }
            saved.add(p);
          }
        }
      } else {
        Path target = directory.resolve(checked(name));
        if (saved.contains(target) || Files.exists(target)) {
          throw duplicate(name);
        }
        file.transferTo(target);
        saved.add(target);
      }
    }
    return mainFile(saved);
  }

  private static List<Path> unzip(InputStream raw, Path directory, ZipLimits limits)
      throws IOException {
    var saved = new ArrayList<Path>();
    var compressed = new CountingInputStream(raw);
    var copy = new Inflated(limits, compressed);
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(compressed)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (++entries > limits.maxEntries()) {
          throw zipRefused(
              "the zip holds more than " + limits.maxEntries() + " entries",
              Map.of("maxEntries", limits.maxEntries()));
        }
        String name = baseName(entry.getName());
        if (entry.isDirectory() || name.startsWith(".") || !EXTENSIONS.contains(extension(name))) {
          continue; // __MACOSX, readme files and the like
        }
        Path target = directory.resolve(name);
        if (saved.contains(target) || Files.exists(target)) {
          throw duplicate(name);
        }
        saved.add(target);
        copy.to(zip, target);
      }
    }
    if (saved.isEmpty()) {
      throw new IllegalArgumentException(
          "the zip holds no file the loaders can read " + EXTENSIONS);
    }
    return saved;
  }

  /** Copies entries while counting the inflated bytes against the limits, chunk by chunk. */
  private static final class Inflated {
    private final ZipLimits limits;
    private final CountingInputStream compressed;
    private final byte[] buffer = new byte[64 * 1024];
    private long total;

    Inflated(ZipLimits limits, CountingInputStream compressed) {
      this.limits = limits;
      this.compressed = compressed;
    }

    void to(InputStream entry, Path target) throws IOException {
      try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
        for (int n; (n = entry.read(buffer)) > 0; ) {
          total += n;
          check();
          out.write(buffer, 0, n);
        }
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(target);
        throw e;
      }
    }

    private void check() {
      if (total > limits.maxBytes()) {
        throw new GisException(
            "UPLOAD_TOO_LARGE",
            "the zip unpacks to more than " + limits.maxBytes() / (1 << 20) + " MB",
            Map.of("maxBytes", limits.maxBytes()),
            null);
      }
      if (total > ZipLimits.RATIO_FREE_BYTES
          && total > (long) limits.maxRatio() * Math.max(1, compressed.count())) {
        throw zipRefused(
            "the zip inflates more than "
                + limits.maxRatio()
                + " times its size (a zip bomb?); unpack it and upload the files",
            Map.of("maxRatio", limits.maxRatio()));
      }
    }
  }

  private static GisException zipRefused(String message, Map<String, Object> details) {
    return new GisException("ZIP_REFUSED", message, details, null);
  }

  private static IllegalArgumentException duplicate(String name) {
    return new IllegalArgumentException(
        "two uploaded files are both named '"
            + name
            + "' (folders are not kept): upload one data set per import");
  }

  private static Path mainFile(List<Path> saved) {
    List<Path> shp = saved.stream().filter(p -> extension(p.toString()).equals("shp")).toList();
    if (shp.size() == 1) {
      return shp.get(0);
    }
    List<Path> data =
        saved.stream()
            .filter(p -> !Set.of("shx", "dbf", "prj", "cpg").contains(extension(p.toString())))
            .toList();
    if (data.size() != 1) {
      throw new IllegalArgumentException(
          "upload one data file (or one shapefile with its .shx/.dbf/.prj/.cpg); got "
              + saved.size());
    }
    return data.get(0);
  }

  private static String checked(String name) {
    if (!EXTENSIONS.contains(extension(name))) {
      throw new IllegalArgumentException(
          "file '" + name + "' is not a format the loaders read: " + EXTENSIONS + " or .zip");
    }
    return name;
  }

  private static String baseName(String original) {
    String name = original == null ? "" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 200) {
      throw new IllegalArgumentException("uploaded file needs a plain file name");
    }
    return name;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
