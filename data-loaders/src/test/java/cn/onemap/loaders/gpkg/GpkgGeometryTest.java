package cn.onemap.loaders.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GpkgGeometryTest {
  private final GpkgGeometry codec = new GpkgGeometry(new WKBReader(new GeometryFactory()));

  /**
   * "GP", version 0, flags (little-endian header, envelope kind 1 = xy), srs 4490, envelope, WKB.
   */
  private static byte[] blob(String wkt, int flags) throws Exception {
    byte[] wkb =
        new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN)
            .write(new WKTReader().read(wkt));
    int envelope = ((flags >> 1) & 7) == 1 ? 32 : 0;
    ByteBuffer b = ByteBuffer.allocate(8 + envelope + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(4490);
    for (int i = 0; i < envelope / 8; i++) {
      b.putDouble(i);
    }
    b.put(wkb);
    return b.array();
  }

  @Test
  void decodesHeaderEnvelopeAndWkb() throws Exception {
    byte[] withEnvelope = blob("POINT (116.1 24.3)", 0b0000_0011);
    assertThat(codec.decode(withEnvelope).orElseThrow().toText()).isEqualTo("POINT (116.1 24.3)");
    assertThat(GpkgGeometry.srsId(withEnvelope)).isEqualTo(4490);
    assertThat(
            codec.decode(blob("LINESTRING (1 2, 3 4)", 0b0000_0001)).orElseThrow().getNumPoints())
        .isEqualTo(2);
    assertThat(codec.decode(blob("POINT (1 2)", 0b0001_0001))).isEmpty(); // empty flag
  }

  @Test
  void rejectsForeignBlobs() {
    assertThatThrownBy(() -> codec.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("GP");
  }
}
