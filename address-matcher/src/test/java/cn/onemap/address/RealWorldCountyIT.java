package cn.onemap.address;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * County accuracy on address strings written by people all over the country (not by our generator),
 * {@code testdata/real-world-addresses.tsv}: at least 95% on the whole list and on its held-out
 * part alike. The misses are printed, so a regression says which strings it broke.
 */
class RealWorldCountyIT {
  private static final double REQUIRED = 0.95;
  private static StoreFixture fixture;
  private static AddressEngine engine;

  private record Row(String text, String county, String name, String source, boolean heldOut) {}

  @BeforeAll
  static void load() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TinyCity.write(fixture.store());
    engine = AddressEngine.load(fixture.store());
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void theRightCountyForAtLeast95PercentOfRealWorldAddressesOfEveryProvince() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    assertThat(rows.stream().map(r -> r.county().substring(0, 2)).distinct()).hasSize(31);
    int[] hits = new int[2];
    int[] totals = new int[2];
    var misses = new StringBuilder();
    for (Row r : rows) {
      String found = engine.geocode(r.text()).best().flatMap(Candidate::countyCode).orElse("（无）");
      int part = r.heldOut() ? 1 : 0;
      totals[part]++;
      if (Objects.equals(found, r.county())) {
        hits[part]++;
      } else {
        misses.append(
            String.format(
                "  %s %s: expected %s %s, got %s%n",
                r.heldOut() ? "held" : "tune",
                r.text().replace("\n", "⏎"),
                r.county(),
                r.name(),
                found));
      }
    }
    double tune = hits[0] / (double) totals[0];
    double held = hits[1] / (double) totals[1];
    double all = (hits[0] + hits[1]) / (double) rows.size();
    System.out.printf(
        "real-world county accuracy: all %.2f%% (%d/%d), tune %.2f%% (%d/%d), held-out %.2f%%"
            + " (%d/%d)%nmisses:%n%s",
        100 * all,
        hits[0] + hits[1],
        rows.size(),
        100 * tune,
        hits[0],
        totals[0],
        100 * held,
        hits[1],
        totals[1],
        misses);
    assertThat(all).as("county accuracy on the whole list").isGreaterThanOrEqualTo(REQUIRED);
    assertThat(held).as("county accuracy on the held-out part").isGreaterThanOrEqualTo(REQUIRED);
  }

  private static String county(String text) {
    return engine.geocode(text).best().flatMap(Candidate::countyCode).orElse("");
  }

  @Test
  void aShortFormAloneNamesACountyOnlyWhenItIsUniqueAndNoEverydayWord() {
    assertThat(county("昆山花桥光明路777号")).isEqualTo("320583"); // 昆山市: one county so named
    assertThat(county("鼓楼中央路18号")).isEmpty(); // 鼓楼区 of 南京, 福州, 开封, 徐州 …
    assertThat(county("南京鼓楼中央路18号")).isEqualTo("320106"); // … unless its city says which
    assertThat(county("朝阳大悦城")).isEmpty(); // an everyday word
    assertThat(county("北京朝阳大悦城")).isEqualTo("110105");
    assertThat(county("光明路88号")).isEmpty(); // the start of a street name
    assertThat(county("湖北黄石市华瑞南岸星城")).isNotEqualTo("500108"); // 南岸区 is in 重庆
    assertThat(county("兰州路青网科技园8号楼")).isNotEqualTo("620171"); // 兰州 is not 兰州新区
  }

  @Test
  void realAddressesThatNameNoCountyGetNoneFromTheirWords() {
    // From the same job-posting list (addr.csv): words that begin with a county's short form.
    assertThat(county("松山湖高新技术产业开发区新城大道5号")).isNotEqualTo("150404"); // 松山区
    assertThat(county("嘉陵江东街50号康缘智汇港1栋606")).isNotEqualTo("511304"); // 嘉陵区
    assertThat(county("三元桥凤凰置地广场")).isNotEqualTo("433123"); // 凤凰县
    assertThat(county("合水口第六工业区旭发科技园")).isNotEqualTo("621024"); // 合水县
    assertThat(county("上饶经济开发区兴业大道8号")).isNotEqualTo("450924"); // 兴业县
    assertThat(county("智汇路300号麒麟科技创新园管委会D602")).isNotEqualTo("530302"); // 麒麟区
    assertThat(county("广东省清远新城区人民四路36号")).isNotEqualTo("150102"); // 呼和浩特新城区
  }

  @Test
  void renamedAndMergedCountiesResolveToTodaysAsFormerNames() {
    Candidate c = engine.geocode("上海市闸北区天目中路428号").best().orElseThrow();
    assertThat(c.countyCode()).hasValue("310106");
    assertThat(c.part(MatchLevel.COUNTY).orElseThrow().how()).isEqualTo(PartMatch.FORMER_NAME);
    assertThat(county("江苏海门市包场镇")).isEqualTo("320614"); // 海门市 → 海门区 (2020)
    assertThat(county("山东莱城区凤城街道")).isEqualTo("370116"); // 莱城区 → 莱芜区 (2019)
  }

  @Test
  void spacesShortFormsAndNoiseAroundTheLevelsDoNotHideTheCounty() {
    assertThat(county("江苏 苏州 吴江 干将东路678号")).isEqualTo("320509");
    assertThat(county("粤 深圳 龙华新区 樟坑一区")).isEqualTo("440309");
    assertThat(county("云南孟连县娜允镇")).isEqualTo("530827"); // 孟连傣族拉祜族佤族自治县
    assertThat(county("闽 鼓楼区五四路")).isEqualTo("350102"); // 福州市鼓楼区, by 闽 alone
    assertThat(county("豫鼓楼区")).isEqualTo("410204"); // 开封市鼓楼区
    assertThat(county("昆明市五华区正义坊 Zhang Wei 13111111111")).isEqualTo("530102");
    assertThat(county("成都 成华区 高新技术产业园 XYZ 建设路")).isEqualTo("510108");
    assertThat(county("合肥市肥东经济开发区包公大道9号 Li Na")).isEqualTo("340122");
  }

  private static List<Row> rows() throws IOException {
    var out = new ArrayList<Row>();
    var in = RealWorldCountyIT.class.getResourceAsStream("/testdata/real-world-addresses.tsv");
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Row(f[0].replace("\\n", "\n"), f[1], f[2], f[3], f[4].equals("held")));
      }
    }
    return out;
  }
}
