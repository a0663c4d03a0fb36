package cn.onemap.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttributeValuesTest {

  private static Object coerce(AttributeType type, Object value) {
    return AttributeValues.coerce("a", type, value);
  }

  @Test
  void convertsExactValuesOnly() {
    assertThat(coerce(AttributeType.INTEGER, "300")).isEqualTo(300);
    assertThat(coerce(AttributeType.INTEGER, 300L)).isEqualTo(300);
    assertThat(coerce(AttributeType.INTEGER, 300.0)).isEqualTo(300);
    assertThat(coerce(AttributeType.LONG, "4414020101000001")).isEqualTo(4414020101000001L);
    assertThat(coerce(AttributeType.DOUBLE, " 1.25 ")).isEqualTo(1.25);
    assertThat(coerce(AttributeType.STRING, 12)).isEqualTo("12");
    assertThat(coerce(AttributeType.BOOLEAN, "否")).isEqualTo(false);
    assertThat(coerce(AttributeType.DATE, "2019/06/30")).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(coerce(AttributeType.TIMESTAMP, "2026-03-01 09:30:00"))
        .as("local times are Beijing time")
        .isEqualTo(Instant.parse("2026-03-01T01:30:00Z"));
    assertThat(coerce(AttributeType.TIMESTAMP, "2026-03-01"))
        .isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    assertThat(coerce(AttributeType.INTEGER, null)).isNull();
  }

  @Test
  void refusesLossyOrWrongValuesNamingTheAttribute() {
    assertThatThrownBy(() -> coerce(AttributeType.INTEGER, 3.5))
        .isInstanceOf(AttributeValueException.class)
        .hasMessageContaining("'a' (INTEGER)")
        .hasMessageContaining("3.5");
    assertThatThrownBy(() -> coerce(AttributeType.INTEGER, "3000000000"))
        .isInstanceOf(AttributeValueException.class);
    assertThatThrownBy(() -> coerce(AttributeType.DOUBLE, "NaN"))
        .isInstanceOf(AttributeValueException.class);
    assertThatThrownBy(() -> coerce(AttributeType.BOOLEAN, "maybe"))
        .isInstanceOf(AttributeValueException.class)
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> coerce(AttributeType.DATE, "30.06.2019"))
        .isInstanceOf(AttributeValueException.class);
    assertThatThrownBy(() -> coerce(AttributeType.STRING, new Object()))
        .isInstanceOf(AttributeValueException.class);
  }
}
