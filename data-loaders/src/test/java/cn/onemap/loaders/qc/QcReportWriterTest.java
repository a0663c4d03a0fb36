package cn.onemap.loaders.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QcReportWriterTest {
  @TempDir Path dir;

  @Test
  void bomHeaderQuotingAndNoFormulas() throws Exception {
    Path p = dir.resolve("qc.csv");
    try (QcReportWriter w = QcReportWriter.open(p)) {
      w.add(new Issue(3, "V1", IssueCode.INVALID_VALUE, "value 'a,b' is \"bad\""));
      w.add(new Issue(4, "=cmd()", IssueCode.GEOMETRY_REPAIRED, "fixed"));
      assertThat(w.errors()).isEqualTo(1);
      assertThat(w.warnings()).isEqualTo(1);
    }
    byte[] bytes = Files.readAllBytes(p);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"))
        .containsExactly(
            "行号,主键,级别,代码,说明,详细信息",
            "3,V1,ERROR,INVALID_VALUE,属性值类型错误,\"value 'a,b' is \"\"bad\"\"\"",
            "4,'=cmd(),WARNING,GEOMETRY_REPAIRED,几何已自动修复,fixed");
  }
}
