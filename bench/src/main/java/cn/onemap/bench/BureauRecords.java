package cn.onemap.bench;

import cn.onemap.loaders.csv.CsvReader;
import cn.onemap.loaders.text.FileEncodingDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sample city's bureau files with their answer files, and result files of our batch path. */
final class BureauRecords {
  private BureauRecords() {}

  /** A bureau file and the header name of its address column. */
  record File(String name, Path data, String column) {}

  /**
   * One record: its text and the truth.
   *
   * @param answerCode the true standard address, empty when there is none
   * @param kinds the corruptions applied ('clean' when none)
   * @param county the county the text lies in (6 digits)
   */
  record Record(
      String id,
      String bureau,
      String text,
      String answerCode,
      List<String> kinds,
      String county) {}

  /** A geocoder's top answer for a record. */
  record Answer(String code, String level, double confidence, String county) {}

  private static final Map<String, String> COLUMNS =
      new LinkedHashMap<>(
          Map.of(
              "gongan_huji", "户籍地址",
              "minzheng_jiuzhu", "居住地址",
              "shichang_zhuti", "经营场所",
              "weijian_jigou", "地址",
              "chengguan_anjian", "发生地址"));

  static List<File> files(Path dir) {
    var files = new ArrayList<File>();
    for (String name :
        List.of(
            "gongan_huji",
            "minzheng_jiuzhu",
            "shichang_zhuti",
            "weijian_jigou",
            "chengguan_anjian")) {
      files.add(new File(name, dir.resolve(name + ".csv"), COLUMNS.get(name)));
    }
    return files;
  }

  static List<Record> read(Path dir) throws IOException {
    var records = new ArrayList<Record>();
    for (File f : files(dir)) {
      List<List<String>> data = csv(f.data());
      int column = data.get(0).indexOf(f.column());
      List<List<String>> answers = csv(dir.resolve(f.name() + ".answers.csv"));
      if (answers.size() != data.size()) {
        throw new IllegalStateException(f.name() + ": data and answer files differ in rows");
      }
      List<String> h = answers.get(0);
      // The answer file's rows follow the data file's (whose first column is a bureau key).
      for (int i = 1; i < answers.size(); i++) {
        List<String> row = answers.get(i);
        String id = row.get(h.indexOf("record_id"));
        records.add(
            new Record(
                id,
                f.name(),
                data.get(i).get(column),
                row.get(h.indexOf("address_code")),
                List.of(row.get(h.indexOf("corruptions")).split("\\|")),
                row.get(h.indexOf("county_code"))));
      }
    }
    return records;
  }

  /** The match columns of a result file of our batch path, in row order. */
  static List<Answer> readResult(Path file) throws IOException {
    List<List<String>> rows = csv(file);
    List<String> h = rows.get(0);
    int code = h.indexOf("match_code");
    int level = h.indexOf("match_level");
    int confidence = h.indexOf("match_confidence");
    int county = h.indexOf("match_county");
    var out = new ArrayList<Answer>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String c = row.get(confidence);
      out.add(
          new Answer(
              row.get(code),
              row.get(level),
              c.isEmpty() ? 0 : Double.parseDouble(c),
              county < 0 ? "" : row.get(county)));
    }
    return out;
  }

  static List<List<String>> csv(Path file) throws IOException {
    var r = FileEncodingDetector.detect(file);
    Charset cs = r.encoding().charset();
    var rows = new ArrayList<List<String>>();
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(r.bomLength());
      try (CsvReader reader = new CsvReader(new InputStreamReader(in, cs), ',')) {
        for (Optional<List<String>> row = reader.next(); row.isPresent(); row = reader.next()) {
          rows.add(row.get());
        }
      }
    }
    return rows;
  }
}
