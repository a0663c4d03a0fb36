package cn.onemap.ogc.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Wkt;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML pages' inline map: every geometry kind drawn, inside the view box, north up. */
class SvgMapTest {
  @Test
  void drawsPointsLinesAndPolygonsWithHolesInsideTheViewBox() {
    String svg =
        SvgMap.of(
            List.of(
                Wkt.read("POINT (116.10 24.30)"),
                Wkt.read("LINESTRING (116.10 24.28, 116.14 24.29)"),
                Wkt.read(
                    "POLYGON ((116.11 24.28, 116.13 24.28, 116.13 24.30, 116.11 24.30, 116.11 24.28),"
                        + " (116.115 24.285, 116.125 24.285, 116.125 24.295, 116.115 24.285))")));
    assertThat(svg).startsWith("<svg class=\"map\"").endsWith("</svg>").doesNotContain("<script");
    assertThat(svg).contains("<circle").contains("fill=\"none\"").contains("fill-rule=\"evenodd\"");
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertThat(box.find()).isTrue();
    int w = Integer.parseInt(box.group(1));
    int h = Integer.parseInt(box.group(2));
    Matcher n = Pattern.compile("[ML](-?[\\d.]+) (-?[\\d.]+)").matcher(svg);
    int seen = 0;
    while (n.find()) {
      assertThat(Double.parseDouble(n.group(1))).isBetween(0.0, (double) w);
      assertThat(Double.parseDouble(n.group(2))).isBetween(0.0, (double) h);
      seen++;
    }
    assertThat(seen).isGreaterThan(8);
    // North up: the point at 24.30 is drawn above the line's start at 24.28.
    Matcher point = Pattern.compile("cy=\"([\\d.]+)\"").matcher(svg);
    Matcher line = Pattern.compile("fill=\"none\"[^>]*d=\"M[\\d.]+ ([\\d.]+)").matcher(svg);
    assertThat(point.find() && line.find()).isTrue();
    assertThat(Double.parseDouble(point.group(1))).isLessThan(Double.parseDouble(line.group(1)));
    assertThat(SvgMap.of(List.of())).isEmpty();
  }
}
