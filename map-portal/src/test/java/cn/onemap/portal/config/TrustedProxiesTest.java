package cn.onemap.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private static Pattern pattern(String... entries) {
    return Pattern.compile(TrustedProxies.regex(List.of(entries)).orElseThrow());
  }

  @Test
  void nothingConfiguredTrustsNoOne() {
    assertThat(TrustedProxies.regex(List.of())).isEmpty();
    assertThat(TrustedProxies.regex(List.of(" ", ""))).isEmpty();
  }

  @Test
  void addressesMatchExactlyIncludingIpv6AsTomcatPrintsIt() {
    Pattern p = pattern("127.0.0.1", "::1");
    assertThat(p.matcher("127.0.0.1").matches()).isTrue();
    assertThat(p.matcher("127.0.0.10").matches()).isFalse();
    assertThat(p.matcher("127a0a0a1").matches()).isFalse(); // dots are not wildcards
    assertThat(p.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
  }

  @Test
  void cidrBlocksOfAnyPrefixLength() {
    Pattern p = pattern("10.0.0.0/8", "172.16.0.0/12", "192.168.1.64/26");
    assertThat(p.matcher("10.255.3.4").matches()).isTrue();
    assertThat(p.matcher("11.0.0.1").matches()).isFalse();
    assertThat(p.matcher("172.16.0.1").matches()).isTrue();
    assertThat(p.matcher("172.31.255.255").matches()).isTrue();
    assertThat(p.matcher("172.32.0.1").matches()).isFalse();
    assertThat(p.matcher("172.15.0.1").matches()).isFalse();
    assertThat(p.matcher("192.168.1.64").matches()).isTrue();
    assertThat(p.matcher("192.168.1.127").matches()).isTrue();
    assertThat(p.matcher("192.168.1.128").matches()).isFalse();
    assertThat(p.matcher("192.168.1.63").matches()).isFalse();
    assertThat(pattern("0.0.0.0/0").matcher("8.8.8.8").matches()).isTrue();
    assertThat(pattern("203.0.113.7/32").matcher("203.0.113.70").matches()).isFalse();
  }

  @Test
  void badEntriesAreRefusedWithTheEntryNamed() {
    for (String bad :
        List.of("10.0.0.0/33", "10.0.0/8", "gateway.local", "10.0.0.300/32", "::/64")) {
      assertThatThrownBy(() -> TrustedProxies.regex(List.of(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
  }
}
