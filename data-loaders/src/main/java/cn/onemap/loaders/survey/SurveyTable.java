package cn.onemap.loaders.survey;

import cn.onemap.loaders.csv.CsvReader;
import cn.onemap.loaders.source.SourceException;
import cn.onemap.loaders.text.DetectedEncoding;
import cn.onemap.loaders.text.FileEncodingDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A survey table (CSV, UTF-8 or GBK) read into memory with its columns renamed to the survey
 * layers' attribute names: the table's Chinese headers (物探点号, 特征, X …) or our names are both
 * accepted. Survey tables of a district are tens of thousands of rows, and the checks need every
 * point to judge a segment, so the table is held whole.
 *
 * @param rows each row: attribute name → cell text (blank cells absent), with its spreadsheet row
 *     number under {@link #ROW}
 */
record SurveyTable(Path file, DetectedEncoding encoding, List<Map<String, String>> rows) {
  static final String ROW = "#row";

  /** Header text → attribute name. */
  static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("物探点号", "point_no"),
          Map.entry("图上点号", "map_no"),
          Map.entry("特征", "feature"),
          Map.entry("附属物", "appurtenance"),
          Map.entry("X", "survey_x"),
          Map.entry("Y", "survey_y"),
          Map.entry("地面高程", "ground_elev"),
          Map.entry("点编码", "point_code"),
          Map.entry("管线类别", "category"),
          Map.entry("类别", "category"),
          Map.entry("起点点号", "start_no"),
          Map.entry("终点点号", "end_no"),
          Map.entry("起点埋深", "start_depth"),
          Map.entry("终点埋深", "end_depth"),
          Map.entry("管径", "diameter"),
          Map.entry("管径(mm)", "diameter"),
          Map.entry("断面尺寸", "diameter"),
          Map.entry("材质", "material"),
          Map.entry("埋设方式", "burial"),
          Map.entry("备注", "remark"));

  static SurveyTable read(Path file, Optional<Charset> charset, List<String> requiredColumns) {
    try {
      DetectedEncoding enc;
      int bom = 0;
      if (charset.isPresent()) {
        enc = new DetectedEncoding(charset.get(), DetectedEncoding.How.REQUEST);
      } else {
        FileEncodingDetector.Result r = FileEncodingDetector.detect(file);
        enc = r.encoding();
        bom = r.bomLength();
      }
      InputStream in = Files.newInputStream(file);
      in.skipNBytes(bom);
      try (CsvReader csv = new CsvReader(new InputStreamReader(in, enc.charset()), ',')) {
        List<String> header = csv.next().orElseThrow(() -> new IOException("the table is empty"));
        List<String> names = new ArrayList<>();
        for (String h : header) {
          String t = h.strip();
          names.add(
              COLUMNS.getOrDefault(
                  t, COLUMNS.containsValue(t.toLowerCase()) ? t.toLowerCase() : ""));
        }
        for (String c : requiredColumns) {
          if (!names.contains(c)) {
            throw new IOException("column for '" + c + "' missing; the header is " + header);
          }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        int row = 1;
        for (var cells = csv.next(); cells.isPresent(); cells = csv.next()) {
          row++;
          Map<String, String> values = new HashMap<>();
          values.put(ROW, Integer.toString(row));
          for (int i = 0; i < names.size() && i < cells.get().size(); i++) {
            String v = cells.get().get(i).strip();
            if (!names.get(i).isEmpty() && !v.isEmpty()) {
              values.put(names.get(i), v);
            }
          }
          rows.add(values);
        }
        return new SurveyTable(file, enc, rows);
      }
    } catch (IOException e) {
      throw new SourceException(file, "cannot read the survey table: " + e.getMessage(), e);
    }
  }
}
