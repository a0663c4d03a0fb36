package cn.onemap.portal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.web.multipart.MultipartFile;

/**
 * Saves uploaded files into a job directory safely: only the base name of each file is kept (no
 * path traversal), only the extensions the loaders read are accepted, and a .zip (how shapefiles
 * usually travel) is unpacked with the same rules and a size cap.
 */
final class UploadedFiles {
  static final Set<String> EXTENSIONS =
      Set.of("geojson", "json", "csv", "txt", "shp", "shx", "dbf", "prj", "cpg", "gpkg");
  private static final long MAX_UNZIPPED = 4L << 30;

  private UploadedFiles() {}

  /** Saves the files and returns the one to import (the .shp of a shapefile). */
  static Path save(List<MultipartFile> files, Path directory) throws IOException {
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
          saved.addAll(unzip(in, directory));
        }
      } else {
        Path target = directory.resolve(checked(name));
        file.transferTo(target);
        saved.add(target);
      }
    }
    return mainFile(saved);
  }

  private static List<Path> unzip(InputStream in, Path directory) throws IOException {
    var saved = new ArrayList<Path>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String name = baseName(entry.getName());
        if (entry.isDirectory() || name.startsWith(".") || !EXTENSIONS.contains(extension(name))) {
          continue; // __MACOSX, readme files and the like
        }
        Path target = directory.resolve(name);
        long written = Files.copy(zip, target);
        total += written;
        if (total > MAX_UNZIPPED) {
          throw new IllegalArgumentException("the zip unpacks to more than 4 GB");
        }
        saved.add(target);
      }
    }
    if (saved.isEmpty()) {
      throw new IllegalArgumentException(
          "the zip holds no file the loaders can read " + EXTENSIONS);
    }
    return saved;
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
