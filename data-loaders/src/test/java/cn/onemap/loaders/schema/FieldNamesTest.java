package cn.onemap.loaders.schema;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldNamesTest {
  @Test
  void namesBecomeIdentifiers() {
    assertThat(
            FieldNames.sanitise(
                List.of("ObjID", "Dept Name", "管径(mm)", "名称", "名称", "权属人", "2nd", "version", "")))
        .containsExactly(
            "objid",
            "dept_name",
            "diameter",
            "name",
            "name_2",
            "field_6",
            "f_2nd",
            "version_src",
            "field_9");
  }

  @Test
  void manyRepeatedNamesAreDeduplicatedInLinearTime() {
    // Quadratic before: 10^6 columns named alike pinned a core; 200,000 took minutes.
    List<String> raw = java.util.Collections.nCopies(200_000, "名称");
    long start = System.nanoTime();
    List<String> names = FieldNames.sanitise(raw);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    assertThat(names.subList(0, 3)).containsExactly("name", "name_2", "name_3");
    assertThat(names.get(199_999)).isEqualTo("name_200000");
  }

  @Test
  void typesFromSampledText() {
    assertThat(type("1", "22", "-3")).isEqualTo(AttributeType.INTEGER);
    assertThat(type("1", "9999999999")).isEqualTo(AttributeType.LONG);
    assertThat(type("1", "2.5")).isEqualTo(AttributeType.DOUBLE);
    assertThat(type("0101", "0102")).isEqualTo(AttributeType.STRING); // leading zeros are codes
    assertThat(type("true", "FALSE")).isEqualTo(AttributeType.BOOLEAN);
    assertThat(type("2024-05-01", "2024/05/02")).isEqualTo(AttributeType.DATE);
    assertThat(type("2024-05-01 08:30:00", "2024-05-01T09:00")).isEqualTo(AttributeType.TIMESTAMP);
    assertThat(type("1", "abc")).isEqualTo(AttributeType.STRING);
    assertThat(type()).isEqualTo(AttributeType.STRING);
  }

  private static AttributeType type(String... values) {
    TypeSampler s = new TypeSampler();
    for (String v : values) {
      s.add(v);
    }
    s.add(null);
    return s.type();
  }
}
