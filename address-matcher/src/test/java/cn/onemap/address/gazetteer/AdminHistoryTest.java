package cn.onemap.address.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The former-name table against today's divisions: every change leads to a unit that exists. */
class AdminHistoryTest {
  @Test
  void everyFormerUnitLeadsToTodaysUnitUnderAnotherNameOrCode() {
    Divisions divisions = Divisions.load();
    var changes = AdminHistory.load();
    assertThat(changes).hasSizeGreaterThan(150);
    var seen = new HashSet<String>();
    for (AdminHistory.Change c : changes) {
      Division now = divisions.get(c.currentCode()).orElse(null);
      assertThat(now).as("today's unit of %s", c).isNotNull();
      assertThat(c.formerCode().equals(c.currentCode()) && c.formerName().equals(now.name()))
          .as("%s changes nothing", c)
          .isFalse();
      assertThat(c.year()).as("year of %s", c).isBetween(1980, 2024);
      assertThat(seen.add(c.formerCode() + c.formerName())).as("duplicate %s", c).isTrue();
    }
  }

  @Test
  void mergersAndRenamingsFromTheChinaDivisionReleasesAreThere() {
    var changes = AdminHistory.load();
    assertThat(changes)
        .anySatisfy(c -> assertThat(c).isEqualTo(change(changes, "闸北区")))
        .extracting(AdminHistory.Change::formerName)
        .contains("闸北区", "崇明县", "海门市", "新津县", "密云县", "莱城区");
    assertThat(change(changes, "闸北区").currentCode()).isEqualTo("310106"); // 静安区
    assertThat(change(changes, "海门市").currentCode()).isEqualTo("320614"); // 海门区
    assertThat(change(changes, "海门市").year()).isEqualTo(2021);
  }

  private static AdminHistory.Change change(java.util.List<AdminHistory.Change> all, String name) {
    return all.stream().filter(c -> c.formerName().equals(name)).findFirst().orElseThrow();
  }
}
