package cn.onemap.workflow.category;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.workflow.table.CsvTable;
import cn.onemap.workflow.table.TableFormatException;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {
  private static final TimeLimits LIMITS = TimeLimits.shipped();

  @Test
  void shippedDefaults() {
    assertThat(LIMITS.limit("P0101", Stage.REGISTER, Urgency.NORMAL)).isEqualTo(ofHours(1));
    assertThat(LIMITS.limit("P0101", Stage.REGISTER, Urgency.URGENT)).isEqualTo(ofMinutes(30));
    assertThat(LIMITS.limit("E0101", Stage.DISPATCH, Urgency.NORMAL)).isEqualTo(ofHours(1));
    assertThat(LIMITS.limit("E0101", Stage.HANDLE, Urgency.NORMAL)).isEqualTo(ofHours(8));
    assertThat(LIMITS.limit("E0101", Stage.HANDLE, Urgency.URGENT)).isEqualTo(ofHours(2));
    assertThat(LIMITS.limit("E0101", Stage.HANDLE, Urgency.CRITICAL)).isEqualTo(ofHours(1));
    assertThat(LIMITS.limit("E0101", Stage.VERIFY, Urgency.NORMAL)).isEqualTo(ofHours(4));
    assertThat(LIMITS.limit("E0101", Stage.CLOSE, Urgency.NORMAL)).isEqualTo(ofHours(1));
    assertThat(LIMITS.unknownKeys(CaseCategories.shipped())).isEmpty();
  }

  @Test
  void mostSpecificRowWins() {
    // E0401 路面塌陷 has its own HANDLE row; E0403 道路破损 gets the 突发事件 (E04) row; P0101 the default.
    assertThat(LIMITS.limit("E0401", Stage.HANDLE, Urgency.NORMAL)).isEqualTo(ofHours(2));
    assertThat(LIMITS.limit("E0401", Stage.HANDLE, Urgency.CRITICAL)).isEqualTo(ofMinutes(30));
    assertThat(LIMITS.limit("E0403", Stage.HANDLE, Urgency.NORMAL)).isEqualTo(ofHours(4));
    assertThat(LIMITS.limit("E04", Stage.HANDLE, Urgency.NORMAL)).isEqualTo(ofHours(4));
    assertThat(LIMITS.limit("P0101", Stage.HANDLE, Urgency.NORMAL)).isEqualTo(ofHours(8));
    // E0401 has no VERIFY row: its major has none either, so the default applies.
    assertThat(LIMITS.limit("E0401", Stage.VERIFY, Urgency.NORMAL)).isEqualTo(ofHours(4));
    assertThat(LIMITS.limit("E0402", Stage.DISPATCH, Urgency.CRITICAL)).isEqualTo(ofMinutes(15));
    var cover = CaseCategories.shipped().byName("井盖缺失").orElseThrow();
    assertThat(LIMITS.limit(cover, Stage.HANDLE, Urgency.URGENT)).isEqualTo(ofHours(1));
    assertThat(LIMITS.limit("E9999", Stage.HANDLE, Urgency.NORMAL))
        .as("unknown")
        .isEqualTo(ofHours(8));
    assertThatThrownBy(() -> LIMITS.limit("0401", Stage.HANDLE, Urgency.NORMAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0401");
  }

  @Test
  void emptyCellsTakeTheLessSpecificRow() {
    var t =
        TimeLimits.parse(
            CsvTable.parse("l.csv", DEFAULTS + "E04,HANDLE,4,,0.5\nE0401,HANDLE,,1.25,\n"));
    assertThat(t.limit("E0401", Stage.HANDLE, Urgency.NORMAL)).isEqualTo(ofHours(4));
    assertThat(t.limit("E0401", Stage.HANDLE, Urgency.URGENT)).isEqualTo(ofMinutes(75));
    assertThat(t.limit("E0401", Stage.HANDLE, Urgency.CRITICAL)).isEqualTo(ofMinutes(30));
    assertThat(t.limit("E0402", Stage.HANDLE, Urgency.URGENT)).isEqualTo(ofHours(2));
  }

  @Test
  void parseErrorsCarryTheLineNumber() {
    int first = DEFAULTS.split("\n").length + 1;
    assertError(DEFAULTS + "E04,HANDLE,x,,\n", first, "normal must be hours such as 8 or 0.5");
    assertError(DEFAULTS + "E04,HANDLE,-1,,\n", first, "normal must be positive");
    assertError(DEFAULTS + "E04,HANDLE,0.0001,,\n", first, "not a whole number of seconds");
    assertError(DEFAULTS + "E04,HANDLE,,,\n", first, "sets no limit");
    assertError(DEFAULTS + "E04,SOLVE,1,,\n", first, "stage must be one of");
    assertError(DEFAULTS + "突发,HANDLE,1,,\n", first, "category must be *");
    assertError(
        DEFAULTS + "E04,HANDLE,1,,\nE04,HANDLE,2,,\n", first + 1, "E04,HANDLE appears twice");
    assertError("category,stage,normal,urgent,critical\n*,REGISTER,1,,1\n", 2, "must set urgent");
    assertError(
        "category,stage,normal,urgent,critical\n*,REGISTER,1,1,1\n",
        0,
        "no default row (*,DISPATCH)");
  }

  private static final String DEFAULTS =
      """
      category,stage,normal,urgent,critical
      *,REGISTER,1,0.5,0.5
      *,DISPATCH,1,0.5,0.5
      *,HANDLE,8,2,1
      *,VERIFY,4,2,1
      *,CLOSE,1,1,1
      """;

  private static void assertError(String csv, int line, String problem) {
    assertThatThrownBy(() -> TimeLimits.parse(CsvTable.parse("l.csv", csv)))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.getMessage()).startsWith("l.csv:" + line + ": ").contains(problem);
            });
  }
}
