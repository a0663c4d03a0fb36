package cn.onemap.ogc.gml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.ServiceException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class Gml2CoordinatesTest {
  static List<Coordinate> parse(String element) {
    XMLStreamReader r = SafeXml.open(element.getBytes(StandardCharsets.UTF_8));
    return Gml2Coordinates.parse(r);
  }

  @Test
  void defaultSeparatorsAcceptAnyWhitespaceBetweenTuples() {
    assertThat(parse("<coordinates>1,2 3.5,4\n\t5,6</coordinates>"))
        .containsExactly(new Coordinate(1, 2), new Coordinate(3.5, 4), new Coordinate(5, 6));
  }

  @Test
  void declaredSeparatorsAndDecimalMark() {
    assertThat(parse("<coordinates cs=\" \" ts=\";\" decimal=\",\">1,5 2; 3 4,25</coordinates>"))
        .containsExactly(new Coordinate(1.5, 2), new Coordinate(3, 4.25));
  }

  @Test
  void badTuplesNameTheInput() {
    assertThatThrownBy(() -> parse("<coordinates>1,2,3</coordinates>"))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("1,2,3");
    assertThatThrownBy(() -> parse("<coordinates>1,NaN</coordinates>"))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> parse("<coordinates cs=\".\">1.2</coordinates>"))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("ambiguous");
  }

  @Test
  void coordWithXAndY() {
    XMLStreamReader r =
        SafeXml.open("<coord><X>116.1</X><Y>24.2</Y></coord>".getBytes(StandardCharsets.UTF_8));
    assertThat(Gml2Coordinates.coord(r)).isEqualTo(new Coordinate(116.1, 24.2));
  }
}
