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
