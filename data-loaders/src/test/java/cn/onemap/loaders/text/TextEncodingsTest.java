package cn.onemap.loaders.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextEncodingsTest {
  @Test
  void gbkIsNotValidUtf8() {
    byte[] gbk = "梅州市梅江区江南街道".getBytes(TextEncodings.GBK);
    assertThat(TextEncodings.detect(gbk, gbk.length, true).how())
        .isEqualTo(DetectedEncoding.How.DETECTED_GBK);
    byte[] utf8 = "梅州市梅江区江南街道".getBytes(StandardCharsets.UTF_8);
    assertThat(TextEncodings.detect(utf8, utf8.length, true).how())
        .isEqualTo(DetectedEncoding.How.DETECTED_UTF8);
    byte[] ascii = "code,x,y".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextEncodings.detect(ascii, ascii.length, true).how())
        .isEqualTo(DetectedEncoding.How.ASCII);
  }

  @Test
  void aSampleCutInsideAUtf8CharacterIsForgiven() {
    byte[] utf8 = "阀门阀门".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
    assertThat(TextEncodings.detect(cut, cut.length, false).charset())
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncodings.detect(cut, cut.length, true).charset()).isEqualTo(TextEncodings.GBK);
  }

  @Test
  void codePageNames() {
    assertThat(TextEncodings.fromCodePageName("GBK")).contains(TextEncodings.GBK);
    assertThat(TextEncodings.fromCodePageName("ANSI 936")).contains(TextEncodings.GBK);
    assertThat(TextEncodings.fromCodePageName("UTF-8\n")).contains(StandardCharsets.UTF_8);
    assertThat(TextEncodings.fromCodePageName("65001")).contains(StandardCharsets.UTF_8);
    assertThat(TextEncodings.fromCodePageName("no-such-charset")).isEmpty();
  }
}
