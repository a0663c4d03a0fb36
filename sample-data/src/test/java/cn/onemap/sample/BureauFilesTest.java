package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.gazetteer.Divisions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BureauFilesTest {

  @Test
  void answersReferenceExistingAddresses(@TempDir Path dir) throws Exception {
    List<Path> files = SmallCity.city().writeBureauFiles(dir);
    assertThat(files).hasSize(10);
    Set<String> codes =
        SmallCity.layer("addresses").stream()
            .map(a -> a.id().orElseThrow())
            .collect(Collectors.toSet());
    int answered = 0;
    for (Path f : files) {
      if (!f.getFileName().toString().endsWith(".answers.csv")) {
        continue;
      }
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      assertThat(lines.get(0))
          .isEqualTo("record_id,address_code,corruptions,standard_address,county_code");
      assertThat(lines).hasSize(CitySize.SMALL.spec().bureauRecords() + 1);
      for (String line : lines.subList(1, lines.size())) {
        String[] f2 = line.split(",", -1);
        String county = f2[f2.length - 1];
        assertThat(Divisions.load().require(county).level()).isEqualTo(Division.Level.COUNTY);
        if (!f2[1].isEmpty()) {
          assertThat(codes).contains(f2[1]);
          assertThat(f2[1]).startsWith(county);
          answered++;
        } else {
          assertThat(f2[2]).matches("out_of_area|nonexistent");
          if (f2[2].equals("nonexistent")) {
            assertThat(county).isIn("441402", "441403");
          }
        }
      }
    }
    assertThat(answered).isGreaterThan(500);
  }

  @Test
  void marketRegulationExportsInGbkWithMessyAddresses(@TempDir Path dir) throws Exception {
    SmallCity.city().writeBureauFiles(dir);
    List<String> gbk =
        Files.readAllLines(dir.resolve("shichang_zhuti.csv"), Charset.forName("GBK"));
    assertThat(gbk.get(0)).startsWith("统一社会信用代码,企业名称");
    String all =
        String.join(
            "\n", Files.readAllLines(dir.resolve("gongan_huji.csv"), StandardCharsets.UTF_8));
    assertThat(all).containsAnyOf("０", "１", "２", "３").contains("區").containsPattern("[一二三四五六七八九]百");
  }
}
