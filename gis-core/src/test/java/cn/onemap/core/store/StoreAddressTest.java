package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreAddressTest {
  @Test
  void parsesBothBackends() {
    assertThat(StoreAddress.parse("h2gis:data/onemap"))
        .isEqualTo(new StoreAddress(StoreAddress.Backend.H2GIS, "data/onemap"));
    assertThat(StoreAddress.parse(" postgis:jdbc:postgresql://127.0.0.1:5432/gis "))
        .isEqualTo(
            new StoreAddress(StoreAddress.Backend.POSTGIS, "jdbc:postgresql://127.0.0.1:5432/gis"));
    assertThat(StoreAddress.parse("h2gis:/tmp/x")).hasToString("h2gis:/tmp/x");
  }

  @Test
  void olderSpellingsAreRefusedWithTheFix() {
    assertThatThrownBy(() -> StoreAddress.parse("h2:data/onemap"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write h2gis:data/onemap");
    assertThatThrownBy(() -> StoreAddress.parse("jdbc:postgresql://h/gis"))
        .hasMessageContaining("write postgis:jdbc:postgresql://h/gis");
    assertThatThrownBy(() -> StoreAddress.parse("postgis:mysql://h/gis"))
        .hasMessageContaining("postgis:jdbc:postgresql://HOST:PORT/DB");
    assertThatThrownBy(() -> StoreAddress.parse("h2gis:")).hasMessageContaining("location");
  }
}
