package cn.onemap.loaders.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
  @Test
  void validTextDecodesAndInvalidBytesAreNamedByOffset() throws Exception {
    byte[] ok = "ab梅江".getBytes(StandardCharsets.UTF_8);
    assertThat(StrictUtf8.decode(ok)).isEqualTo("ab梅江");
    assertThat(StrictUtf8.decode(ok, 2, 3)).isEqualTo("梅");

    byte[] cut = {'a', 'b', (byte) 0xE6, (byte) 0xA2, 'c'};
    assertThatThrownBy(() -> StrictUtf8.decode(cut))
        .isInstanceOfSatisfying(
            StrictUtf8.InvalidUtf8.class, e -> assertThat(e.offset()).isEqualTo(2));
    byte[] gbk = "梅江".getBytes(java.nio.charset.Charset.forName("GBK"));
    assertThatThrownBy(() -> StrictUtf8.decode(gbk)).isInstanceOf(StrictUtf8.InvalidUtf8.class);
    byte[] truncated = {'x', (byte) 0xE6};
    assertThatThrownBy(() -> StrictUtf8.decode(truncated))
        .isInstanceOfSatisfying(
            StrictUtf8.InvalidUtf8.class, e -> assertThat(e.offset()).isEqualTo(1));
  }
}
