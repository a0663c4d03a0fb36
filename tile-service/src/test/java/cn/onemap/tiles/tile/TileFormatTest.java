package cn.onemap.tiles.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TileFormatTest {
  @Test
  void parsesWmtsMimeTypesTiandituAndExtensions() {
    assertThat(TileFormat.parse("tiles")).contains(TileFormat.PNG);
    assertThat(TileFormat.parse("image/png")).contains(TileFormat.PNG);
    assertThat(TileFormat.parse("image/png; mode=8bit")).contains(TileFormat.PNG8);
    assertThat(TileFormat.parse("image/png8")).contains(TileFormat.PNG8);
    assertThat(TileFormat.parse("IMAGE/JPEG")).contains(TileFormat.JPEG);
    assertThat(TileFormat.parse("jpg")).contains(TileFormat.JPEG);
    assertThat(TileFormat.parse("pbf")).contains(TileFormat.MVT);
    assertThat(TileFormat.parse("application/x-protobuf")).contains(TileFormat.MVT);
    assertThat(TileFormat.parse("application/vnd.mapbox-vector-tile")).contains(TileFormat.MVT);
    assertThat(TileFormat.parse("image/gif")).isEmpty();
    assertThat(TileFormat.parse(null)).isEmpty();
  }

  @Test
  void extensionsAndContentTypes() {
    assertThat(TileFormat.PNG8.extension()).isEqualTo("png");
    assertThat(TileFormat.PNG8.contentType()).isEqualTo("image/png");
    assertThat(TileFormat.JPEG.extension()).isEqualTo("jpg");
    assertThat(TileFormat.MVT.extension()).isEqualTo("mvt");
    assertThat(TileFormat.MVT.imageFormat()).isEqualTo(Optional.empty());
  }

  @Test
  void etagIsStrongAndFollowsTheBytes() {
    Tile a = Tile.of(new byte[] {1, 2, 3}, TileFormat.PNG);
    Tile b = Tile.of(new byte[] {1, 2, 3}, TileFormat.PNG);
    Tile c = Tile.of(new byte[] {1, 2, 4}, TileFormat.PNG);
    assertThat(a.etag()).isEqualTo(b.etag()).startsWith("\"").endsWith("\"").hasSize(34);
    assertThat(c.etag()).isNotEqualTo(a.etag());
    assertThat(a.matches("\"x\", " + a.etag())).isTrue();
    assertThat(a.matches("*")).isTrue();
    assertThat(a.matches(c.etag())).isFalse();
    assertThat(a.matches(null)).isFalse();
  }
}
