package cn.onemap.workflow.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalog agrees with the codes the sample city generates (module {@code sample-data}). The
 * workflow module does not depend on sample-data (it would pull address-matcher into its build), so
 * this test reads the generator's sources from the reactor checkout: {@code PartClass} (the part
 * classes, written into the city_parts layer's major_code / minor_code) and {@code EventLayers}
 * (the events layer's category / main_class pairs).
 */
class SampleDataConsistencyTest {
  private static final Path SAMPLE = Path.of("..", "sample-data", "src", "main", "java");
  private static final CaseCategories CATALOG = CaseCategories.shipped();

  @Test
  void everySamplePartClassIsAPartCategoryWithTheSameCodesAndNames() throws IOException {
    String src = read("cn/onemap/sample/parts/PartClass.java");
    Matcher m = Pattern.compile("[A-Z_]+\\(\"(\\d{2})\", \"(\\d{2})\", \"([^\"]+)\"").matcher(src);
    Matcher majors = Pattern.compile("MAJOR_NAMES = \\{\"\", ([^}]+)}").matcher(src);
    assertThat(majors.find()).as("PartClass.MAJOR_NAMES").isTrue();
    String[] majorNames = majors.group(1).replace("\"", "").split(",\\s*");
    int n = 0;
    while (m.find()) {
      n++;
      String code = m.group(1) + m.group(2);
      CaseCategory c = CATALOG.byCode("P" + code).orElseThrow(() -> new AssertionError(code));
      assertThat(c.kind()).isEqualTo(CaseKind.PART);
      assertThat(c.majorCode()).isEqualTo(m.group(1));
      assertThat(c.minorCode()).isEqualTo(code);
      assertThat(c.name()).as(code).isEqualTo(m.group(3));
      assertThat(c.majorName()).isEqualTo(majorNames[Integer.parseInt(m.group(1)) - 1]);
    }
    assertThat(n).as("part classes found in PartClass.java").isGreaterThanOrEqualTo(14);
  }

  /**
   * The events layer names categories by free text with 部件/事件 as main_class. Every 事件 name resolves
   * to an event category; of the 部件 names, two resolve through aliases to a part class (路灯不亮 → 路灯,
   * 果皮箱破损 → 果皮箱), 道路破损 is an event here (roads are not GB/T 30428.2 parts, and the brief lists it
   * with the events), and 井盖破损 / 绿化损坏 name a problem, not a part class: which cover or which
   * greenery only the reported part object says.
   */
  @Test
  void sampleCaseCategoriesResolveExceptTheKnownMismatches() throws IOException {
    String src = read("cn/onemap/sample/events/EventLayers.java");
    Matcher m = Pattern.compile("\\{\"([^\"]+)\", \"(事件|部件)\", \"\\d+\"}").matcher(src);
    Map<String, CaseKind> sample = new LinkedHashMap<>();
    while (m.find()) {
      sample.put(m.group(1), m.group(2).equals("部件") ? CaseKind.PART : CaseKind.EVENT);
    }
    assertThat(sample).as("categories found in EventLayers.java").hasSizeGreaterThanOrEqualTo(14);
    List<String> unresolved = new ArrayList<>();
    List<String> otherKind = new ArrayList<>();
    sample.forEach(
        (name, kind) -> {
          var c = CATALOG.byName(name);
          if (c.isEmpty()) {
            unresolved.add(name);
          } else if (c.get().kind() != kind) {
            otherKind.add(name);
          }
        });
    assertThat(unresolved).containsExactlyInAnyOrder("井盖破损", "绿化损坏");
    assertThat(otherKind).containsExactly("道路破损");
    assertThat(CATALOG.byName("路灯不亮").orElseThrow().code()).isEqualTo("P0119");
  }

  private static String read(String file) throws IOException {
    Path p = SAMPLE.resolve(file);
    assumeTrue(Files.isRegularFile(p), "sample-data sources not found at " + p.toAbsolutePath());
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
