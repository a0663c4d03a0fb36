package cn.onemap.core.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GeometryCodecTest {
  private final GeometryCodec codec = GeometryCodec.cgcs2000();

  @Test
  void readsWktWkbAndGeoJsonIntoCgcs2000() {
    Geometry fromWkt = codec.fromWkt("POINT (116.1 24.3)");
    assertThat(fromWkt.getSRID()).isEqualTo(4490);
    Geometry fromJson = codec.fromGeoJson("{\"type\":\"Point\",\"coordinates\":[116.1,24.3]}");
    assertThat(fromJson.equalsExact(fromWkt)).isTrue();
    assertThat(fromJson.getSRID()).isEqualTo(4490);
    Geometry fromEwkb = codec.fromWkb(GeometryCodec.toEwkb(fromWkt));
    assertThat(fromEwkb.equalsExact(fromWkt)).isTrue();
    assertThat(fromEwkb.getSRID()).isEqualTo(4490);
    assertThat(codec.fromHexWkb("01010000006666666666065D404D33333333533840").getCoordinate().x)
        .isEqualTo(116.1);
    assertThat(codec.toGeoJson(fromWkt)).contains("\"coordinates\":[116.1,24.3]");
  }

  @Test
  void malformedInputNamesTheFormatAndTheProblem() {
    assertThatThrownBy(() -> codec.fromWkt("POINT (116.1)"))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("invalid WKT 'POINT (116.1)'");
    assertThatThrownBy(() -> codec.fromWkt("POLYGON ((0 0, 1 0, 1 1))"))
        .isInstanceOf(InvalidGeometryException.class);
    assertThatThrownBy(() -> codec.fromWkt(" "))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("empty WKT");
    assertThatThrownBy(() -> codec.fromGeoJson("{\"type\":\"Point\",\"coordinates\":\"x\"}"))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("GeoJSON");
    assertThatThrownBy(() -> codec.fromGeoJson("{\"type\":\"Pointy\",\"coordinates\":[1,2]}"))
        .isInstanceOf(InvalidGeometryException.class);
    assertThatThrownBy(() -> codec.fromGeoJson("not json"))
        .isInstanceOf(InvalidGeometryException.class);
    assertThatThrownBy(() -> codec.fromHexWkb("01010"))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("hex");
    assertThatThrownBy(() -> codec.fromWkb(new byte[] {1, 2, 3}))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("3 bytes");
  }

  @Test
  void validatorLocatesSelfIntersectionAndRepairKeepsTheArea() {
    Geometry bowtie = codec.fromWkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))");
    assertThatThrownBy(() -> GeometryValidator.requireValid(bowtie))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("Self-intersection")
        .satisfies(
            e -> assertThat(((InvalidGeometryException) e).details()).containsEntry("x", 1.0));
    GeometryValidator.Repair repair = GeometryValidator.repair(bowtie);
    assertThat(repair.changed()).isTrue();
    assertThat(repair.geometry().isValid()).isTrue();
    assertThat(repair.geometry().getArea()).isEqualTo(2.0);
    assertThat(repair.geometry().getSRID()).isEqualTo(4490);

    Geometry fine = codec.fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))");
    assertThat(GeometryValidator.repair(fine).changed()).isFalse();
    assertThatThrownBy(() -> GeometryValidator.requireValid(codec.fromWkt("POINT (NaN 1)")))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("non-finite");
    assertThatThrownBy(
            () -> GeometryValidator.repair(codec.fromWkt("POLYGON ((0 0, 1 1, 2 2, 0 0))")))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("cannot be repaired");
  }
}
