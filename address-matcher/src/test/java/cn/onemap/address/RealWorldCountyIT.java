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
